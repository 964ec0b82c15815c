#include "ui/shell/core_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace md {
namespace ui {

namespace {

// The English templates, exactly as core builds the sentences (core/merge).
// %1…%n stand for the variable pieces, in the order they appear.
constexpr const char* kContext = "CoreText";
const char* const kTemplates[] = {
    // merge plan: sequences
    QT_TRANSLATE_NOOP("CoreText", "part %1 appears twice: %2 and %3"),
    QT_TRANSLATE_NOOP("CoreText", "shard %1 appears twice: %2 and %3"),
    QT_TRANSLATE_NOOP("CoreText", "Missing %1 (%2 of %3 parts present)"),
    QT_TRANSLATE_NOOP("CoreText", "Missing %1 (%2 of %3 shards present)"),
    QT_TRANSLATE_NOOP("CoreText", "%1 does not have a byte-split part name, but %2 does"),
    QT_TRANSLATE_NOOP("CoreText", "The parts belong to different files: %1 and %2"),
    QT_TRANSLATE_NOOP("CoreText",
                      "No part starts with GGUF: the first part of %1 is missing, or these are not GGUF parts"),
    QT_TRANSLATE_NOOP("CoreText", "Wrong order: %1 starts with GGUF, but %2 comes before it"),
    QT_TRANSLATE_NOOP("CoreText", "%1 also starts with GGUF: only the first part of a byte split does"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The parts add up to %1, but the header of %2 expects %3: %4 missing (is a part missing?)"),
    QT_TRANSLATE_NOOP("CoreText", "The parts add up to %1, more than the %2 the header of %3 expects"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is not a llama.cpp shard (it has no split.count above 1)"),
    QT_TRANSLATE_NOOP("CoreText", "split.count differs: %1 says %2, %3 says %4"),
    QT_TRANSLATE_NOOP("CoreText", "%1: its name says shard %2, but split.no says shard %3"),
    QT_TRANSLATE_NOOP("CoreText", "Tensor '%1' appears in more than one shard (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "The shards hold %1 tensors, but split.tensors.count in %2 says %3"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM "
                                  "Studio, older Ollama, or a single-file copy."),
    // merge plan: models, projectors, adapters
    QT_TRANSLATE_NOOP("CoreText", "%1 has no tensors: it is neither a model, a projector nor an adapter"),
    QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both models: pick one"),
    QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both projectors: pick one"),
    QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both adapters: pick one"),
    QT_TRANSLATE_NOOP("CoreText", "There is no model among the files: a projector or an adapter needs a model"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is already a complete model: there is nothing to merge"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Ollama 0.7.1 and newer reads the projector as a separate file: create the model with two "
                      "FROM lines instead of merging. Concatenating is only for older Ollama (< 0.7.1); newer "
                      "Ollama drops the projector from such a file."),
    // merge plan: each file
    QT_TRANSLATE_NOOP("CoreText", "%1 cannot be read: %2"),
    QT_TRANSLATE_NOOP("CoreText", "llama.cpp shard %1 of %2 (from its header)"),
    QT_TRANSLATE_NOOP("CoreText", "part %1 of a byte split (by its name); it starts with the GGUF header"),
    QT_TRANSLATE_NOOP("CoreText", "part %1 of a byte split (by its name); it continues the file"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF model (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF projector (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF adapter (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF model"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF projector"),
    QT_TRANSLATE_NOOP("CoreText", "a GGUF adapter"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is incomplete: %2 missing (an interrupted download, or a missing part)"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is incomplete: %2 missing"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is not a GGUF file (it starts with '%2', not 'GGUF')"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is empty: an interrupted download, or a placeholder"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is a Git LFS pointer, not the model: download the real file (git lfs pull)"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is a web page, not a GGUF file: the download saved an error or sign-in page"),
    QT_TRANSLATE_NOOP("CoreText", "There is no file %1"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is a checksum file: left out"),
    QT_TRANSLATE_NOOP("CoreText", "%1 already fits in one shard of that size: there is nothing to split"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is listed twice"),
    QT_TRANSLATE_NOOP("CoreText", "No files to merge"),
    QT_TRANSLATE_NOOP("CoreText", "llama.cpp shards (%1) cannot be mixed with byte-split parts (%2)"),
    // writing the output
    QT_TRANSLATE_NOOP("CoreText", "Not enough free space: needs %1 plus %2 of headroom in %3, but only %4 is free"),
    QT_TRANSLATE_NOOP("CoreText", "Not enough free space: needs %1 in %2, but only %3 is free"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot tell the free space in %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "The output folder does not exist: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot create the folder %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "The output already exists: %1"),
    QT_TRANSLATE_NOOP("CoreText", "The output appeared while writing: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot rename the finished output to %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "Cancelled"),
    // Ollama (core/ollama, core/net, core/stores/ollama_store.cpp); the longer
    // form of a sentence comes first, since the first template that matches wins
    QT_TRANSLATE_NOOP("CoreText", "Ollama is not running at %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama is not running at %1"),
    QT_TRANSLATE_NOOP("CoreText", "The connection to Ollama at %1 failed: %2"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama at %1 did not answer in time (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "Could not connect to %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "No answer from %1 in time: %2"),
    QT_TRANSLATE_NOOP("CoreText", "Request to %1 failed: %2"),
    QT_TRANSLATE_NOOP("CoreText", "Cancelled by the user"),
    QT_TRANSLATE_NOOP("CoreText", "Stopped by the caller"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama answered %1 for %2: %3"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama answered %1 for %2"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama reported an error: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Ollama sent a reply that is not JSON: %1"),
    QT_TRANSLATE_NOOP("CoreText", "The server at %1 does not look like Ollama"),
    QT_TRANSLATE_NOOP("CoreText", "The stream from Ollama broke off after %1 lines: %2"),
    QT_TRANSLATE_NOOP("CoreText", "The pull of %1 ended before Ollama reported success"),
    QT_TRANSLATE_NOOP("CoreText", "Creating %1 ended before Ollama reported success"),
    QT_TRANSLATE_NOOP("CoreText", "%1, though %2 has it: is that folder the server's OLLAMA_MODELS?"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is not in the store at %2"),
    QT_TRANSLATE_NOOP("CoreText", "The manifest of %1 is not a readable manifest"),
    QT_TRANSLATE_NOOP("CoreText", "The %1 layer of %2 (%3) is missing from the store at %4"),
    QT_TRANSLATE_NOOP("CoreText", "%1 has no model layer to copy"),
    QT_TRANSLATE_NOOP("CoreText", "%1 has a %2 layer, which cannot be copied to another host"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" already exists on %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is not in any Ollama store; looked in %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is not in any Ollama store: no folder to look in"),
    QT_TRANSLATE_NOOP("CoreText", "The store at %1 holds %2 but the server at %3 does not have it: is %4 that "
                                  "server's OLLAMA_MODELS?"),
    QT_TRANSLATE_NOOP("CoreText", "The store at %1 holds a different version of %2 than the server at %3: is %4 "
                                  "that server's OLLAMA_MODELS?"),
    QT_TRANSLATE_NOOP("CoreText",
                      "Cannot check %1 in the store at %2 against the server at %3, which did not answer: %4"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot read the manifest %1"),
    QT_TRANSLATE_NOOP("CoreText", "'%1' is not a model name"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is already on %2: copy it under another name, or to another server"),
    QT_TRANSLATE_NOOP("CoreText", "Copying %1 needs the model folder (OLLAMA_MODELS) of %2"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot read the blob %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "'%1' is not a valid model name: %2"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot read the Modelfile: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Cannot read the Modelfile"),
    QT_TRANSLATE_NOOP("CoreText", "The file is too large to be a Modelfile"),
    // environment variables (core/env/catalog.cpp), "%1" is the variable
    QT_TRANSLATE_NOOP("CoreText", "%1: the value is empty"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the value must be a single line"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the address contains spaces"),
    QT_TRANSLATE_NOOP("CoreText", "%1: only http:// and https:// addresses are supported"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the host name is empty"),
    QT_TRANSLATE_NOOP("CoreText", "%1: an IPv6 address needs both brackets, as in [::1]:11434"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the path must be absolute (start at the root, not with ~ or a relative folder)"),
    QT_TRANSLATE_NOOP("CoreText", "%1: %2 exists but is not a folder"),
    QT_TRANSLATE_NOOP("CoreText", "%1: cannot write in %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the key is empty"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the key contains spaces or control characters (was it pasted with extra text?)"),
    QT_TRANSLATE_NOOP("CoreText", "%1: the key is too short to be an API key"),
    QT_TRANSLATE_NOOP("CoreText", "%1: expected a duration such as 5m, 1h or -1"),
    QT_TRANSLATE_NOOP("CoreText", "%1: expected a whole number"),
    QT_TRANSLATE_NOOP("CoreText", "%1: expected true, false, 1 or 0"),
};

struct Pattern {
  const char* source;
  QRegularExpression regex;
};

const std::vector<Pattern>& patterns() {
  static const std::vector<Pattern> compiled = [] {
    std::vector<Pattern> list;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    for (const char* source : kTemplates) {
      const QString text = QString::fromUtf8(source);
      QString regex = QStringLiteral("^");
      qsizetype at = 0;
      for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        regex += QRegularExpression::escape(text.mid(at, match.capturedStart() - at)) + QStringLiteral("(.+?)");
        at = match.capturedEnd();
      }
      regex += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
      list.push_back({source, QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption)});
    }
    return list;
  }();
  return compiled;
}

} // namespace

QString coreText(const QString& english) {
  for (const Pattern& pattern : patterns()) {
    const auto match = pattern.regex.match(english);
    if (!match.hasMatch())
      continue;
    QString text = QCoreApplication::translate(kContext, pattern.source);
    QStringList pieces;
    for (int i = 1; i <= match.lastCapturedIndex(); ++i)
      pieces << coreText(match.captured(i)); // a piece may be a sentence of its own
    for (const QString& piece : pieces)
      text = text.arg(piece);
    return text;
  }
  return english;
}

QString coreText(const std::string& english) {
  return coreText(QString::fromStdString(english));
}

QString describeError(const md::Error& error) {
  QString text = coreText(error.message);
  if (error.where.offset)
    text += QCoreApplication::translate("CoreText", " (at byte %1)").arg(*error.where.offset);
  if (error.where.line)
    text += QCoreApplication::translate("CoreText", " (line %1)").arg(*error.where.line);
  if (const std::string path = error.pathToAppend(); !path.empty())
    text += QStringLiteral(" [%1]").arg(QString::fromStdString(path));
  return text;
}

} // namespace ui
} // namespace md
