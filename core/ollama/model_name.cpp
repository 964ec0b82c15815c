#include "core/ollama/model_name.h"

#include <cctype>
#include <vector>

namespace md::ollama {
namespace {

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The UTF-8 character that starts at `at` (a whole multi-byte sequence).
std::string characterAt(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    ++end;
  return std::string(text.substr(at, end - at));
}

NameCheck checkPart(std::string_view text, const char* part, std::size_t limit, bool allowDot, bool allowColon) {
  NameCheck check;
  check.part = part;
  check.text = std::string(text);
  if (text.empty()) {
    check.problem = NameProblem::EmptyPart;
    return check;
  }
  if (!isWordChar(text.front())) {
    check.problem = NameProblem::BadFirst;
    check.bad = characterAt(text, 0);
    return check;
  }
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (isWordChar(c) || c == '-' || (allowDot && c == '.') || (allowColon && c == ':'))
      continue;
    check.problem = NameProblem::BadCharacter;
    check.bad = characterAt(text, i);
    return check;
  }
  if (text.size() > limit) {
    check.problem = NameProblem::TooLong;
    check.limit = limit;
  }
  return check;
}

} // namespace

std::string NameCheck::message() const {
  switch (problem) {
  case NameProblem::None: return {};
  case NameProblem::Empty: return "the model needs a name";
  case NameProblem::TooManyParts: return "a name has at most three parts: host/namespace/model";
  case NameProblem::EmptyPart: return "the " + part + " must not be empty";
  case NameProblem::BadFirst:
    return "the " + part + " '" + text + "' must start with a letter, a digit or '_', not '" + bad + "'";
  case NameProblem::BadCharacter:
    return "the " + part + " '" + text + "' contains '" + bad + "'; use letters, digits, '_', '-'" +
           (part == "namespace" ? "" : " and '.'");
  case NameProblem::TooLong: return "the " + part + " is longer than " + std::to_string(limit) + " characters";
  }
  return {};
}

NameCheck checkModelName(std::string_view name) {
  if (name.empty())
    return {NameProblem::Empty, {}, {}, {}, 0};
  std::string_view rest = name;
  const std::size_t slash = rest.rfind('/');
  const std::size_t colon = rest.rfind(':');
  std::string_view tag;
  bool hasTag = false;
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
    hasTag = true;
  }
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = rest.find('/', start);
    parts.push_back(rest.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  if (parts.size() > 3)
    return {NameProblem::TooManyParts, {}, std::string(name), {}, 0};
  const std::size_t n = parts.size();
  if (n == 3)
    if (auto check = checkPart(parts[0], "host", 350, true, true); !check.ok())
      return check;
  if (n >= 2)
    if (auto check = checkPart(parts[n - 2], "namespace", 80, false, false); !check.ok())
      return check;
  if (auto check = checkPart(parts[n - 1], "model", 80, true, false); !check.ok())
    return check;
  if (hasTag)
    if (auto check = checkPart(tag, "tag", 80, true, false); !check.ok())
      return check;
  return {};
}

std::string suggestModelName(std::string_view text) {
  std::string name(text);
  auto lower = [](std::string value) {
    for (auto& c : value)
      c = char(std::tolower(static_cast<unsigned char>(c)));
    return value;
  };
  // "x-00001-of-00003.gguf", "x.gguf.part1of2", "x.gguf.a", "x-chunk-001-of-018.gguf": keep "x".
  for (const char* marker : {".gguf", "-chunk-"}) {
    const auto at = lower(name).rfind(marker);
    if (at != std::string::npos)
      name.resize(at);
  }
  if (auto of = lower(name).rfind("-of-"); of != std::string::npos && of > 6 && name[of - 6] == '-')
    name.resize(of - 6);
  std::string out;
  for (const char c : lower(name)) {
    const bool keep = isWordChar(c) || c == '.' || c == '-';
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && !isWordChar(out.front()))
    out.erase(out.begin());
  if (out.size() > 80)
    out.resize(80);
  while (!out.empty() && (out.back() == '-' || out.back() == '.'))
    out.pop_back();
  return out.empty() ? std::string("model") : out;
}

} // namespace md::ollama
