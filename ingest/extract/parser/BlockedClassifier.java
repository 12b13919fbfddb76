package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The dependency parser's network (Classifier.computeScores) computing the same sums, each in the
 * same order, four at a time: the stock loops add one product after another into one sum (each
 * addition waits for the last), here four labels' (or hidden units') sums advance together. Java
 * neither fuses nor reorders floating-point operations, so the scores are bit for bit the stock
 * ones, and so are the parses. The stock classifier's weights, precomputed products and cache
 * are shared, not copied. In Classifier's package to override its package-private method; used by
 * coalitiongraph.BasicDepparse (docs/performance.md, "Extraction speed").
 */
public class BlockedClassifier extends Classifier {
  private final float[][] w1, w2, emb;
  private final float[] bias;
  private final double[][] saved;
  private final Map<Integer, Integer> preMap;
  private final LeastRecentlyUsedCache<Integer, float[]> cache;
  private final int embeddingSize;

  @SuppressWarnings("unchecked")
  private BlockedClassifier(Config config, Classifier stock) throws ReflectiveOperationException {
    super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
    w1 = stock.getW1(); w2 = stock.getW2(); emb = stock.getE(); bias = stock.getb1();
    saved = (double[][]) field("saved").get(stock);
    preMap = (Map<Integer, Integer>) field("preMap").get(stock);
    cache = (LeastRecentlyUsedCache<Integer, float[]>) field("cache").get(stock);
    embeddingSize = config.embeddingSize;
    // the training's gradient histories, which Classifier's constructor allocates whatever the
    // use (hundreds of MB of doubles for three languages): read by training only
    for (String history : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
      field(history).set(this, null);
    }
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = Classifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** The parser's classifier replaced by this one; false (the stock one kept) if it cannot be. */
  public static boolean install(DependencyParser parser) {
    try {
      Field c = DependencyParser.class.getDeclaredField("classifier");
      c.setAccessible(true);
      Field conf = DependencyParser.class.getDeclaredField("config");
      conf.setAccessible(true);
      Config config = (Config) conf.get(parser);
      if (config.numCached == 0) return false;
      c.set(parser, new BlockedClassifier(config, (Classifier) c.get(parser)));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    int hiddenSize = w1.length;
    double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * 48 + j;  // (Config.numTokens, as the stock method)
      Integer id = preMap.get(index);
      if (id != null) {
        double[] s = saved[id];
        for (int i = 0; i < hiddenSize; i++) hidden[i] += s[i];
      } else {
        float[] p;
        synchronized (cache) {
          p = cache.getOrDefault(index, null);
        }
        if (p == null) {
          p = slice(emb[tok], offset);
          synchronized (cache) {
            cache.add(index, p);
          }
        }
        for (int i = 0; i < hiddenSize; i++) hidden[i] += p[i];
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += bias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    int n = w2.length;
    double[] scores = new double[n];
    int i = 0;
    for (; i + 3 < n; i += 4) {
      float[] r0 = w2[i], r1 = w2[i + 1], r2 = w2[i + 2], r3 = w2[i + 3];
      double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (int k = 0; k < hiddenSize; k++) {
        double h = hidden[k];
        a0 += h * r0[k];
        a1 += h * r1[k];
        a2 += h * r2[k];
        a3 += h * r3[k];
      }
      scores[i] = a0; scores[i + 1] = a1; scores[i + 2] = a2; scores[i + 3] = a3;
    }
    for (; i < n; i++) {
      float[] r = w2[i];
      double a = 0;
      for (int k = 0; k < hiddenSize; k++) a += hidden[k] * r[k];
      scores[i] = a;
    }
    return scores;
  }

  private float[] slice(float[] e, int offset) {
    int n = w1.length;
    float[] out = new float[n];
    int size = e.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      float[] r0 = w1[i], r1 = w1[i + 1], r2 = w1[i + 2], r3 = w1[i + 3];
      double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (int k = 0; k < size; k++) {
        float x = e[k];
        a0 += r0[offset + k] * x;
        a1 += r1[offset + k] * x;
        a2 += r2[offset + k] * x;
        a3 += r3[offset + k] * x;
      }
      out[i] = (float) a0; out[i + 1] = (float) a1; out[i + 2] = (float) a2; out[i + 3] = (float) a3;
    }
    for (; i < n; i++) {
      double a = 0;
      for (int k = 0; k < size; k++) a += w1[i][offset + k] * e[k];
      out[i] = (float) a;
    }
    return out;
  }
}
