package io.kairos.compiler.syntax;

import io.kairos.compiler.ast.Argument;
import io.kairos.compiler.ast.Call;
import io.kairos.compiler.ast.ClassLabels;
import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Setting;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.lang.Language;
import io.kairos.grammar.SnnBaseVisitor;
import io.kairos.grammar.SnnParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Parse tree to AST, one node per visit, nothing interpreted: names stay text, numbers stay exact
 * literals, omitted settings stay omitted. Only called on trees without syntax errors.
 */
final class AstBuilder extends SnnBaseVisitor<Object> {

  ModelFile model(SnnParser.ModelContext ctx) {
    return new ModelFile(span(ctx), name(ctx.name), visitAll(ctx.declaration(), Declaration.class));
  }

  // ---- declarations

  @Override
  public Declaration visitWindowDeclaration(SnnParser.WindowDeclarationContext ctx) {
    return new Declaration.Window(span(ctx), number(ctx.steps));
  }

  @Override
  public Declaration visitNeuronDeclaration(SnnParser.NeuronDeclarationContext ctx) {
    return new Declaration.Neuron(span(ctx), name(ctx.name), name(ctx.kind), settings(ctx.settingsBlock()));
  }

  @Override
  public Declaration visitEncoderDeclaration(SnnParser.EncoderDeclarationContext ctx) {
    return new Declaration.Encoder(span(ctx), name(ctx.name), call(ctx.source), name(ctx.coding));
  }

  @Override
  public Declaration visitNetworkDeclaration(SnnParser.NetworkDeclarationContext ctx) {
    return new Declaration.Network(
        span(ctx), name(ctx.name), name(ctx.input), visitAll(ctx.networkItem(), NetworkItem.class));
  }

  @Override
  public Declaration visitTrainDeclaration(SnnParser.TrainDeclarationContext ctx) {
    return new Declaration.Train(
        span(ctx),
        name(ctx.kind),
        ctx.networks.stream().map(this::name).toList(),
        dataSource(ctx.data),
        settings(ctx.settingsBlock()));
  }

  @Override
  public Declaration visitDeployDeclaration(SnnParser.DeployDeclarationContext ctx) {
    List<Setting> settings = ctx.settingsBlock() == null ? List.of() : settings(ctx.settingsBlock());
    return new Declaration.Deploy(span(ctx), dataSource(ctx.target), settings);
  }

  // ---- networks

  @Override
  public NetworkItem visitDenseLayer(SnnParser.DenseLayerContext ctx) {
    return new NetworkItem.Dense(
        span(ctx), name(ctx.name), number(ctx.size), name(ctx.neuron), visitAll(ctx.layerOption(), LayerOption.class));
  }

  @Override
  public NetworkItem visitDecodeItem(SnnParser.DecodeItemContext ctx) {
    return new NetworkItem.Decode(span(ctx), name(ctx.population), name(ctx.encoder));
  }

  @Override
  public LayerOption visitInitOption(SnnParser.InitOptionContext ctx) {
    return new LayerOption.Init(span(ctx), call(ctx.init));
  }

  @Override
  public LayerOption visitClassesOption(SnnParser.ClassesOptionContext ctx) {
    return new LayerOption.Classes(span(ctx), (ClassLabels) visit(ctx.classLabels()));
  }

  @Override
  public LayerOption visitOverrideOption(SnnParser.OverrideOptionContext ctx) {
    return new LayerOption.Override(span(ctx), name(ctx.key), value(ctx.value()));
  }

  @Override
  public ClassLabels visitLabelRange(SnnParser.LabelRangeContext ctx) {
    return new ClassLabels.Range(span(ctx), number(ctx.from, ctx.from), number(ctx.to, ctx.to));
  }

  @Override
  public ClassLabels visitLabelList(SnnParser.LabelListContext ctx) {
    return new ClassLabels.Listed(span(ctx), visitAll(ctx.classLabel(), Name.class));
  }

  @Override
  public Name visitNameLabel(SnnParser.NameLabelContext ctx) {
    return name(ctx.identifier());
  }

  @Override
  public Name visitStringLabel(SnnParser.StringLabelContext ctx) {
    return new Name(span(ctx), unquote(ctx.STRING().getText()));
  }

  @Override
  public Name visitIntegerLabel(SnnParser.IntegerLabelContext ctx) {
    return new Name(span(ctx), ctx.INTEGER().getText());
  }

  // ---- settings, calls, values

  private List<Setting> settings(SnnParser.SettingsBlockContext ctx) {
    return visitAll(ctx.setting(), Setting.class);
  }

  @Override
  public Setting visitRoleSetting(SnnParser.RoleSettingContext ctx) {
    return new Setting(
        span(ctx),
        name(ctx.key),
        Optional.of(name(ctx.role)),
        new Value.Invocation(span(ctx.call()), call(ctx.call())));
  }

  @Override
  public Setting visitLayerSetting(SnnParser.LayerSettingContext ctx) {
    SnnParser.LayerPathContext path = ctx.layer;
    return new Setting(
        span(ctx),
        name(ctx.key),
        Optional.empty(),
        Optional.of(new Setting.Layer(span(path), name(path.network), name(path.population))),
        value(ctx.value()));
  }

  @Override
  public Setting visitPlainSetting(SnnParser.PlainSettingContext ctx) {
    return new Setting(span(ctx), name(ctx.key), Optional.empty(), value(ctx.value()));
  }

  private Call call(SnnParser.CallContext ctx) {
    return new Call(span(ctx), name(ctx.kind), visitAll(ctx.argument(), Argument.class));
  }

  @Override
  public Argument visitNamedArgument(SnnParser.NamedArgumentContext ctx) {
    return new Argument(span(ctx), Optional.of(name(ctx.name)), value(ctx.value()));
  }

  @Override
  public Argument visitShapeArgument(SnnParser.ShapeArgumentContext ctx) {
    SnnParser.ShapeContext shape = ctx.shape();
    List<Value.Number> dims = shape.dims.stream().map(t -> number(t, t)).toList();
    return new Argument(span(ctx), Optional.empty(), new Value.Shape(span(shape), dims));
  }

  @Override
  public Argument visitPositionalArgument(SnnParser.PositionalArgumentContext ctx) {
    return new Argument(span(ctx), Optional.empty(), value(ctx.value()));
  }

  private Value value(SnnParser.ValueContext ctx) {
    return (Value) visit(ctx);
  }

  @Override
  public Value visitNumberValue(SnnParser.NumberValueContext ctx) {
    return number(ctx.number());
  }

  @Override
  public Value visitWindowValue(SnnParser.WindowValueContext ctx) {
    return new Value.Window(span(ctx));
  }

  @Override
  public Value visitStringValue(SnnParser.StringValueContext ctx) {
    return new Value.Text(span(ctx), unquote(ctx.STRING().getText()));
  }

  @Override
  public Value visitCallValue(SnnParser.CallValueContext ctx) {
    return new Value.Invocation(span(ctx), call(ctx.call()));
  }

  @Override
  public Value visitNameValue(SnnParser.NameValueContext ctx) {
    return new Value.Ref(span(ctx), name(ctx.identifier()));
  }

  private Value dataSource(SnnParser.DataSourceContext ctx) {
    if (ctx instanceof SnnParser.PathSourceContext path) {
      return new Value.Text(span(ctx), unquote(path.STRING().getText()));
    }
    SnnParser.NamedSourceContext named = (SnnParser.NamedSourceContext) ctx;
    return new Value.Ref(span(ctx), name(named.identifier()));
  }

  // ---- leaves

  private Name name(SnnParser.IdentifierContext ctx) {
    return new Name(span(ctx), ctx.getText());
  }

  private static Name name(Token token) {
    return new Name(span(token, token), token.getText());
  }

  private Value.Number number(SnnParser.NumberContext ctx) {
    return number(ctx.getStart(), ctx.getStop());
  }

  private static Value.Number number(Token first, Token last) {
    StringBuilder text = new StringBuilder(first.getText());
    if (first != last) {
      text.append(last.getText());
    }
    return new Value.Number(span(first, last), text.toString(), exact(text.toString()));
  }

  /** The literal's exact value, or empty when it is too long or its exponent is out of range. */
  private static Optional<BigDecimal> exact(String text) {
    if (text.length() > Language.MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static String unquote(String quoted) {
    String body = quoted.substring(1, quoted.length() - 1);
    return body.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private <T> List<T> visitAll(List<? extends ParseTree> trees, Class<T> type) {
    return trees.stream().map(t -> type.cast(visit(t))).toList();
  }

  private static SourceSpan span(ParserRuleContext ctx) {
    return span(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
  }

  private static SourceSpan span(Token first, Token last) {
    return new SourceSpan(
        first.getLine(), first.getCharPositionInLine() + 1, first.getStartIndex(), last.getStopIndex());
  }
}
