package dev.berth.dockerfile.print;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Directive;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StopSignal;
import dev.berth.dockerfile.model.UnknownInstruction;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Volume;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.model.Workdir;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes berth's Dockerfile model as JSON: every instruction with its keyword, flags and typed
 * arguments, each piece with its raw text, its text as BuildKit reads it, and its range (byte
 * offsets and 1-based line and column, end inclusive).
 */
public final class DockerfileJson {
  private final SourceText source;
  private final JsonGenerator g;

  private DockerfileJson(SourceText source, JsonGenerator g) {
    this.source = source;
    this.g = g;
  }

  public static void write(Dockerfile file, JsonGenerator g) throws IOException {
    new DockerfileJson(file.source(), g).file(file);
  }

  private void file(Dockerfile f) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", f.source().name());
    g.writeStringField("type", "dockerfile");
    g.writeStringField("escape", Character.toString(f.escape()));
    g.writeArrayFieldStart("directives");
    for (Directive d : f.directives()) {
      g.writeStartObject();
      g.writeStringField("name", d.name());
      g.writeStringField("value", d.value());
      range("range", d.span());
      range("valueRange", d.valueSpan());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("instructions");
    for (Instruction i : f.instructions()) {
      instruction(i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stages");
    for (Stage s : f.stages()) {
      g.writeStartObject();
      g.writeNumberField("index", s.index());
      if (s.name().isPresent()) {
        g.writeStringField("name", s.name().get().text());
      }
      if (s.from().isPresent()) {
        g.writeNumberField("line", source.start(s.from().get().span()).line());
      } else {
        g.writeBooleanField("implicit", true);
      }
      g.writeNumberField("instructions", s.instructions().size() + 1);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("comments");
    for (Comment c : f.comments()) {
      g.writeStartObject();
      g.writeStringField("text", text(c.text()));
      g.writeBooleanField("inContinuation", c.inContinuation());
      range("range", c.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : f.problems()) {
      g.writeStartObject();
      g.writeStringField("code", p.code());
      g.writeStringField("level", p.level().id());
      g.writeStringField("message", text(p.message()));
      range("range", p.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String text(String s) {
    return Utf8.printable(s);
  }

  private void range(String field, Span span) throws IOException {
    Position start = source.start(span);
    Position end = source.endInclusive(span);
    g.writeObjectFieldStart(field);
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeNumberField("line", start.line());
    g.writeNumberField("column", start.column());
    g.writeNumberField("endLine", end.line());
    g.writeNumberField("endColumn", end.column());
    g.writeEndObject();
  }

  private void word(String field, Word w) throws IOException {
    if (field != null) {
      g.writeFieldName(field);
    }
    g.writeStartObject();
    g.writeStringField("raw", text(w.raw()));
    g.writeStringField("text", text(w.text()));
    range("range", w.span());
    g.writeEndObject();
  }

  private void words(String field, List<Word> words) throws IOException {
    g.writeArrayFieldStart(field);
    for (Word w : words) {
      word(null, w);
    }
    g.writeEndArray();
  }

  private void optionalWord(String field, Optional<Word> w) throws IOException {
    if (w.isPresent()) {
      word(field, w.get());
    }
  }

  private void instruction(Instruction i) throws IOException {
    g.writeStartObject();
    g.writeStringField("instruction", i.kind().name());
    word("keyword", new Word(i.keyword().span(), i.keyword().raw(), i.keyword().text()));
    range("range", i.span());
    g.writeArrayFieldStart("flags");
    for (Flag f : i.flags()) {
      g.writeStartObject();
      g.writeStringField("name", text(f.name()));
      if (f.value().isPresent()) {
        g.writeStringField("value", text(f.value().get()));
      }
      g.writeStringField("raw", text(f.raw()));
      range("range", f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    body(i);
    g.writeEndObject();
  }

  private void body(Instruction i) throws IOException {
    if (i instanceof From x) {
      words("args", x.args());
      optionalWord("image", x.image());
      optionalWord("stageName", x.stageName());
    } else if (i instanceof Run x) {
      command(x.command());
      heredocs(x.heredocs());
    } else if (i instanceof Cmd x) {
      command(x.command());
    } else if (i instanceof Entrypoint x) {
      command(x.command());
    } else if (i instanceof Shell x) {
      command(x.command());
    } else if (i instanceof Healthcheck x) {
      optionalWord("type", x.type());
      command(x.command());
    } else if (i instanceof Add x) {
      g.writeBooleanField("execForm", x.execForm());
      words("args", x.args());
      heredocs(x.heredocs());
    } else if (i instanceof Copy x) {
      g.writeBooleanField("execForm", x.execForm());
      words("args", x.args());
      heredocs(x.heredocs());
    } else if (i instanceof Volume x) {
      g.writeBooleanField("execForm", x.execForm());
      words("paths", x.paths());
    } else if (i instanceof Expose x) {
      words("ports", x.ports());
    } else if (i instanceof Env x) {
      pairs(x.pairs());
    } else if (i instanceof Label x) {
      pairs(x.pairs());
    } else if (i instanceof Arg x) {
      g.writeArrayFieldStart("declarations");
      for (ArgDeclaration d : x.declarations()) {
        g.writeStartObject();
        word("name", d.name());
        optionalWord("default", d.defaultValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (i instanceof Maintainer x) {
      optionalWord("argument", x.argument());
    } else if (i instanceof User x) {
      optionalWord("argument", x.argument());
    } else if (i instanceof Workdir x) {
      optionalWord("argument", x.argument());
    } else if (i instanceof StopSignal x) {
      optionalWord("argument", x.argument());
    } else if (i instanceof Onbuild x) {
      if (x.trigger().isPresent()) {
        g.writeFieldName("trigger");
        instruction(x.trigger().get());
      }
    } else if (i instanceof UnknownInstruction x) {
      optionalWord("text", x.text());
    }
  }

  private void command(Optional<Command> c) throws IOException {
    if (c.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("command");
    if (c.get() instanceof ShellForm s) {
      g.writeStringField("form", "shell");
      g.writeStringField("raw", text(s.raw()));
      g.writeStringField("text", text(s.text()));
      range("range", s.span());
    } else {
      ExecForm e = (ExecForm) c.get();
      g.writeStringField("form", "exec");
      g.writeBooleanField("stringsOnly", e.stringsOnly());
      words("args", e.elements());
      range("range", e.span());
    }
    g.writeEndObject();
  }

  private void pairs(List<KeyValue> pairs) throws IOException {
    g.writeArrayFieldStart("pairs");
    for (KeyValue kv : pairs) {
      g.writeStartObject();
      g.writeBooleanField("legacy", kv.legacy());
      word("key", kv.key());
      word("value", kv.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void heredocs(List<Heredoc> heredocs) throws IOException {
    if (heredocs.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("heredocs");
    for (Heredoc h : heredocs) {
      g.writeStartObject();
      g.writeStringField("name", text(h.name()));
      g.writeBooleanField("expand", h.expand());
      g.writeBooleanField("chomp", h.chomp());
      g.writeNumberField("fileDescriptor", h.fileDescriptor());
      g.writeStringField("content", text(h.content()));
      word("operator", h.operator());
      range("body", h.body());
      if (h.terminator().isPresent()) {
        range("terminator", h.terminator().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
