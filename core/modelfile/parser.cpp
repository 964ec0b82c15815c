#include "core/modelfile/parser.h"

#include <algorithm>
#include <cctype>

#include "core/modelfile/source_index.h"
#include "core/modelfile/unicode_text.h"

namespace md::modelfile {

namespace {

enum class State { Nil, Name, Value, Parameter, Message, Comment };
enum class StepError { None, InvalidCommand, UnexpectedEof };

struct Step {
  State next;
  char32_t rune; // what to keep (0: nothing)
  StepError error = StepError::None;
};

bool isAlpha(char32_t r) {
  return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
}
bool isDigit(char32_t r) {
  return r >= '0' && r <= '9';
}
bool isSpace(char32_t r) {
  return r == ' ' || r == '\t';
}
bool isNewline(char32_t r) {
  return r == '\r' || r == '\n';
}

// parseRuneForState: where a rune leads from a state.
Step step(char32_t r, State state) {
  switch (state) {
  case State::Nil:
    if (r == '#')
      return {State::Comment, 0};
    if (isSpace(r) || isNewline(r))
      return {State::Nil, 0};
    return {State::Name, r};
  case State::Name:
    if (isAlpha(r))
      return {State::Name, r};
    if (isSpace(r))
      return {State::Value, 0};
    return {State::Nil, 0, StepError::InvalidCommand};
  case State::Value: // a blank or line break may end the value; leave() decides (and keeps tabs)
    return {isNewline(r) || isSpace(r) ? State::Nil : State::Value, r};
  case State::Parameter:
    if (isAlpha(r) || isDigit(r) || r == '_')
      return {State::Parameter, r};
    if (isSpace(r))
      return {State::Value, 0};
    return {State::Nil, 0, StepError::UnexpectedEof};
  case State::Message:
    if (isAlpha(r))
      return {State::Message, r};
    if (isSpace(r))
      return {State::Value, 0};
    return {State::Nil, 0, StepError::UnexpectedEof};
  case State::Comment: return {isNewline(r) ? State::Nil : State::Comment, 0};
  }
  return {State::Nil, 0, StepError::InvalidCommand};
}

std::string_view trimGoSpace(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; };
  while (!s.empty() && blank(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && blank(s.back()))
    s.remove_suffix(1);
  return s;
}

// Ollama's unquote: """…""" or "…", no escapes; false while a quote is open.
std::optional<std::string> unquote(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == R"(""")") {
    if (s.size() >= 6 && s.substr(s.size() - 3) == R"(""")")
      return std::string(s.substr(3, s.size() - 6));
    return std::nullopt;
  }
  if (!s.empty() && s.front() == '"') {
    if (s.size() >= 2 && s.back() == '"')
      return std::string(s.substr(1, s.size() - 2));
    return std::nullopt;
  }
  return std::string(s);
}

bool isValidRole(std::string_view role) {
  return role == "system" || role == "user" || role == "assistant";
}

class Parser {
public:
  explicit Parser(std::string_view text) : text_(text), index_(text) {}

  ParseOutcome run() {
    std::size_t offset = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (offset < text_.size()) {
      const DecodedRune decoded = decodeUtf8(text_, offset);
      if (skippingLine_) // after a problem, read on from the next line to find more
        skippingLine_ = !isNewline(decoded.rune);
      else
        consume(decoded.rune, offset, decoded.length);
      offset += decoded.length;
    }
    if (!skippingLine_)
      finish();
    if (std::none_of(allCommands_.begin(), allCommands_.end(),
                     [](const Command& c) { return c.instruction == Instruction::From; }))
      fail(std::string(kNoFromMessage), Message(MessageId::ModelfileNoFrom), std::nullopt, index_.span(0, 0));
    outcome_.allCommands.commands = allCommands_;
    outcome_.modelfile.commands.assign(allCommands_.begin(), allCommands_.begin() + long(commandsBeforeError_));
    return std::move(outcome_);
  }

private:
  void consume(char32_t r, std::size_t offset, std::size_t length) {
    if (isNewline(r))
      ++ollamaLine_;
    Step s = step(r, state_);
    if (s.error == StepError::UnexpectedEof) {
      failInName(r, offset, length);
      return;
    }
    if (s.error == StepError::InvalidCommand) {
      const std::string word = wordAt(keywordBegin_);
      Message text = instructionFromName(word) ? Message(MessageId::ModelfileInstructionWithoutValue, {word})
                                               : Message(MessageId::ModelfileUnknownInstruction, {word});
      failAndSkip(r, std::string(kInvalidCommandMessage), std::move(text), ollamaLine_,
                  index_.span(keywordBegin_, offset + length));
      return;
    }
    if (s.next != state_) {
      if (!leave(s, r, offset, length))
        return;
      buffer_.clear();
      if (state_ == State::Nil && s.next == State::Name)
        keywordBegin_ = offset;
      state_ = s.next;
    }
    if (s.rune != 0 && isGoPrintable(s.rune))
      appendUtf8(buffer_, s.rune);
  }

  // A PARAMETER name or MESSAGE role that ends in something other than a blank.
  void failInName(char32_t r, std::size_t offset, std::size_t length) {
    const bool parameter = state_ == State::Parameter;
    Message text;
    if (isNewline(r))
      text = Message(parameter ? MessageId::ModelfileParameterWithoutValue : MessageId::ModelfileMessageWithoutText,
                     {buffer_});
    else
      text = Message(parameter ? MessageId::ModelfileBadParameterCharacter : MessageId::ModelfileBadRoleCharacter,
                     {std::string(text_.substr(offset, length))});
    failAndSkip(r, std::string(kUnexpectedEofMessage) + ": " + buffer_, std::move(text), std::nullopt,
                index_.span(offset, offset + length));
  }

  // The instruction word that starts at `begin` (up to a blank or line break).
  std::string wordAt(std::size_t begin) const {
    const std::size_t end = text_.find_first_of(" \t\r\n", begin);
    return std::string(text_.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
  }

  // Handles leaving the current state; false stops this rune (an error, or
  // an open quote that swallows the newline).
  bool leave(Step& s, char32_t r, std::size_t offset, std::size_t length) {
    switch (state_) {
    case State::Name: {
      const auto instruction = instructionFromName(buffer_);
      if (!instruction) {
        failAndSkip(r, std::string(kInvalidCommandMessage), Message(MessageId::ModelfileUnknownInstruction, {buffer_}),
                    ollamaLine_, index_.span(keywordBegin_, offset));
        return false;
      }
      command_ = Command{};
      command_.instruction = *instruction;
      command_.keywordSpan = index_.span(keywordBegin_, offset);
      if (*instruction == Instruction::Parameter)
        s.next = State::Parameter;
      else if (*instruction == Instruction::Message)
        s.next = State::Message;
      partBegin_ = offset + length;
      return true;
    }
    case State::Parameter:
    case State::Message:
      if (state_ == State::Message && !isValidRole(buffer_)) {
        failAndSkip(r, std::string(kInvalidRoleMessage), Message(MessageId::ModelfileInvalidRole, {buffer_}),
                    ollamaLine_, index_.span(partBegin_, offset));
        return false;
      }
      command_.name = buffer_;
      command_.nameSpan = index_.span(partBegin_, offset);
      partBegin_ = offset + length;
      return true;
    case State::Value: {
      auto value = unquote(trimGoSpace(buffer_));
      if (!value || isSpace(r)) {
        appendUtf8(buffer_, r); // a blank, or a line break inside an open quote, is kept as is
        return false;
      }
      emit(std::move(*value), offset);
      return true;
    }
    case State::Nil:
    case State::Comment: return true;
    }
    return true;
  }

  void finish() {
    switch (state_) {
    case State::Nil:
    case State::Comment: return;
    case State::Value: {
      const std::string_view raw = trimGoSpace(buffer_);
      if (auto value = unquote(raw)) {
        emit(std::move(*value), text_.size());
        return;
      }
      const std::string quote = raw.substr(0, 3) == R"(""")" ? R"(""")" : "\"";
      fail(std::string(kUnexpectedEofMessage), Message(MessageId::ModelfileUnclosedQuote, {quote}), std::nullopt,
           index_.trimmedSpan(partBegin_, text_.size()));
      return;
    }
    default:
      fail(std::string(kUnexpectedEofMessage), Message(MessageId::ModelfileIncomplete), std::nullopt,
           index_.span(keywordBegin_, text_.size()));
      return;
    }
  }

  void emit(std::string value, std::size_t end) {
    command_.value = std::move(value);
    command_.valueSpan = index_.trimmedSpan(partBegin_, end);
    allCommands_.push_back(std::move(command_));
    if (!outcome_.error)
      commandsBeforeError_ = allCommands_.size();
    command_ = Command{};
  }

  // Records a problem; the first one is Ollama's error. `ollamaMessage` is
  // Ollama's text, `text` what people read.
  void fail(std::string ollamaMessage, Message text, std::optional<int> line, SourceSpan span) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Error;
    diagnostic.message = line ? "(line " + std::to_string(*line) + "): " + ollamaMessage : std::move(ollamaMessage);
    diagnostic.text = std::move(text);
    diagnostic.span = span;
    diagnostic.ollamaLine = line;
    if (!outcome_.error)
      outcome_.error = diagnostic;
    outcome_.problems.push_back(std::move(diagnostic));
  }

  // A problem in the middle of a line: start again on the next line (the
  // rune that failed may itself be the line break).
  void failAndSkip(char32_t r, std::string ollamaMessage, Message text, std::optional<int> line, SourceSpan span) {
    fail(std::move(ollamaMessage), std::move(text), line, span);
    state_ = State::Nil;
    buffer_.clear();
    command_ = Command{};
    skippingLine_ = !isNewline(r);
  }

  std::string_view text_;
  SourceIndex index_;
  ParseOutcome outcome_;
  State state_ = State::Nil;
  int ollamaLine_ = 1;
  std::string buffer_;
  Command command_;
  std::size_t keywordBegin_ = 0;
  std::size_t partBegin_ = 0;
  std::vector<Command> allCommands_;
  std::size_t commandsBeforeError_ = 0;
  bool skippingLine_ = false;
};

} // namespace

ParseOutcome parse(std::string_view text) {
  return Parser(text).run();
}

Result<Modelfile> parseModelfile(std::string_view text) {
  ParseOutcome outcome = parse(text);
  if (outcome.error) {
    Location where;
    if (outcome.error->span.line > 0 && outcome.error->message != kNoFromMessage)
      where.line = outcome.error->span.line;
    where.offset = outcome.error->span.begin;
    Error error = makeError(ErrorCode::Malformed, outcome.error->text, where);
    error.message = outcome.error->message; // Ollama's own words for the CLI; the UI reads the coded text
    return error;
  }
  return std::move(outcome.modelfile);
}

bool looksLikeModelfile(std::string_view text) {
  if (text.find('\0') != std::string_view::npos)
    return false;
  bool sawFirst = false;
  bool hasFrom = false;
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#')
      continue;
    line.remove_prefix(first);
    const std::size_t wordEnd = line.find_first_of(" \t");
    if (wordEnd == std::string_view::npos) {
      if (!sawFirst)
        return false;
      continue;
    }
    const auto instruction = instructionFromName(line.substr(0, wordEnd));
    if (!sawFirst && !instruction)
      return false;
    sawFirst = true;
    hasFrom = hasFrom || instruction == Instruction::From;
  }
  return hasFrom;
}

} // namespace md::modelfile
