#include "ui/shell/core_text.h"

#include <QCoreApplication>

#include "ui/shell/core_text_tables.h"
#include "ui/shell/server_status_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

constexpr const char* kContext = "CoreText";

// Fills %1…%n in one pass, so an argument that contains "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& args) {
  QString out;
  out.reserve(pattern.size());
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
    const int index = next.digitValue() - 1;
    if (pattern.at(i) == QLatin1Char('%') && index >= 0 && index < args.size()) {
      out += args.at(index);
      ++i;
    } else {
      out += pattern.at(i);
    }
  }
  return out;
}

QString argumentText(const md::MessageArg& arg) {
  if (arg.sentence)
    return coreText(*arg.sentence);
  if (arg.byteCount)
    return sizeText(*arg.byteCount);
  return QString::fromStdString(arg.text);
}

} // namespace

const char* coreTextSource(md::MessageId id) {
  if (const char* source = fileMessageSource(id))
    return source;
  if (const char* source = serviceMessageSource(id))
    return source;
  return "%1";
}

QString coreText(const md::Message& message) {
  QStringList args;
  for (const auto& arg : message.args)
    args << argumentText(arg);
  if (message.isPlain())
    return args.join(QString());
  if (message.id == MessageId::ServerStatus && !args.isEmpty())
    return glossServerStatus(args.first()); // Ollama's words, with a gloss in the reader's language
  return fill(QCoreApplication::translate(kContext, coreTextSource(message.id)), args);
}

QString describeError(const md::Error& error) {
  QString text = error.text.isPlain() ? QString::fromStdString(error.message) : coreText(error.text);
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
