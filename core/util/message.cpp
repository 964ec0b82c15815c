#include "core/util/message.h"

#include "core/util/paths.h"

namespace md {

const char* messageKey(MessageId id) {
  switch (id) {
#define MD_MESSAGE_KEY(code, english)                                                                                  \
  case MessageId::code: return #code;
    MD_CORE_MESSAGES(MD_MESSAGE_KEY)
#undef MD_MESSAGE_KEY
  }
  return "Text";
}

const char* messageTemplate(MessageId id) {
  switch (id) {
#define MD_MESSAGE_TEMPLATE(code, english)                                                                             \
  case MessageId::code: return english;
    MD_CORE_MESSAGES(MD_MESSAGE_TEMPLATE)
#undef MD_MESSAGE_TEMPLATE
  }
  return "%1";
}

std::vector<MessageId> allMessageIds() {
  return {
#define MD_MESSAGE_LIST(code, english) MessageId::code,
      MD_CORE_MESSAGES(MD_MESSAGE_LIST)
#undef MD_MESSAGE_LIST
  };
}

MessageArg::MessageArg(const Message& inner)
    : text(inner.english()), sentence(std::make_shared<const Message>(inner)) {}

MessageArg MessageArg::bytes(std::uint64_t count) {
  MessageArg arg(formatBytes(count));
  arg.byteCount = count;
  return arg;
}

std::string fillTemplate(const std::string& pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
    if (pattern[i] == '%' && next >= '1' && next <= '9' && std::size_t(next - '1') < args.size()) {
      out += args[std::size_t(next - '1')];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string Message::english() const {
  if (isPlain() && args.empty())
    return {}; // nothing was said (a default Message), not "%1"
  std::vector<std::string> texts;
  texts.reserve(args.size());
  for (const auto& arg : args)
    texts.push_back(arg.text);
  return fillTemplate(messageTemplate(id), texts);
}

std::vector<std::string> englishTexts(const std::vector<Message>& messages) {
  std::vector<std::string> texts;
  texts.reserve(messages.size());
  for (const auto& message : messages)
    texts.push_back(message.english());
  return texts;
}

} // namespace md
