FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY ingest ./ingest
COPY api ./api
COPY visualizations ./visualizations
COPY data ./data
RUN pip install --no-cache-dir . && useradd --create-home app
USER app
ENV COALITION_GRAPH_DATA_DIR=/app/data
EXPOSE 8000
CMD ["coalition-graph", "up", "--host", "0.0.0.0", "--port", "8000"]
