package coalitiongraph;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.BlockedClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's depparse annotator (edu.stanford.nlp.pipeline.DependencyParseAnnotator) building the
 * basic dependency graph only: the stock one builds five from each parse (basic, collapsed,
 * CC-processed, enhanced, enhanced++) and the JSON answer carries three, a fifth of the server's
 * time, while coalition-graph reads the basic one. The same parser, model and "depparse.*"
 * properties, so the basic graph is the same; its network is BlockedClassifier's (the same
 * scores). Compiled by ingest/extract/parser/corenlp.py into its cache when the JDK has javac
 * (docs/performance.md, "Extraction speed").
 */
public class BasicDepparse extends SentenceAnnotator {
  private final DependencyParser parser;

  public BasicDepparse(String name, Properties props) {
    // the stock annotator's properties ("depparse.*": the request's language's model), then
    // this annotator's own ("<name>.numPreComputed"). CoreNLP shares one instance among the
    // pipelines whose "<name>.*" properties are the same (a "depparse.*" option alone would
    // reach no new instance), so a request names it after its language
    // (corenlp.request_properties)
    Properties extra = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    extra.putAll(PropertiesUtils.extractPrefixedProperties(props, name + '.'));
    String model = PropertiesUtils.getString(extra, "model", DependencyParser.DEFAULT_MODEL);
    // the network's sums four at a time (BlockedClassifier: the same scores, faster);
    // "<name>.blocked=false" keeps the stock classifier, for a comparison in one server
    boolean blocked = PropertiesUtils.getBool(props, name + ".blocked", true);
    if (blocked) {  // CoreNLP caches parsers by model and properties: not the stock annotator's
      extra.setProperty("blockedClassifier", "true");
    }
    parser = DependencyParser.loadFromModelFile(model, extra);
    if (blocked) {
      BlockedClassifier.install(parser);
    }
  }

  @Override
  protected int nThreads() {
    return 1;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
            GrammaticalStructure.Extras.NONE, null));
  }

  @Override
  protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
    // (as the stock annotator: nothing set; only with a sentence time-out, which is not set)
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return new HashSet<>(Arrays.asList(CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class, CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return new HashSet<>(Arrays.asList(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
  }
}
