#include "core/env/profile_block.h"

namespace md::env {

namespace {

struct BlockSpan {
  std::size_t begin = std::string_view::npos; // first byte of the begin marker line
  std::size_t end = std::string_view::npos;   // one past the end marker line's newline
};

BlockSpan findBlock(std::string_view text) {
  BlockSpan span;
  const std::size_t begin = text.find(kBlockBegin);
  if (begin == std::string_view::npos || (begin > 0 && text[begin - 1] != '\n'))
    return span;
  const std::size_t endMarker = text.find(kBlockEnd, begin);
  if (endMarker == std::string_view::npos)
    return span;
  std::size_t end = text.find('\n', endMarker);
  end = end == std::string_view::npos ? text.size() : end + 1;
  span.begin = begin;
  span.end = end;
  return span;
}

std::string unquoteShell(std::string_view quoted) {
  std::string value;
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] == '\'') {
      const std::size_t close = quoted.find('\'', i + 1);
      value.append(quoted.substr(i + 1, (close == std::string_view::npos ? quoted.size() : close) - i - 1));
      i = close == std::string_view::npos ? quoted.size() : close;
    } else if (quoted[i] == '\\' && i + 1 < quoted.size()) {
      value.push_back(quoted[++i]);
    } else {
      value.push_back(quoted[i]);
    }
  }
  return value;
}

} // namespace

std::string shellQuote(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted.push_back(c);
  }
  return quoted + "'";
}

std::string exportLines(const VariableMap& variables) {
  std::string lines;
  for (const auto& [name, value] : variables)
    lines += "export " + name + "=" + shellQuote(value) + "\n";
  return lines;
}

VariableMap readExportBlock(std::string_view profileText) {
  VariableMap variables;
  const BlockSpan span = findBlock(profileText);
  if (span.begin == std::string_view::npos)
    return variables;
  std::string_view body = profileText.substr(span.begin, span.end - span.begin);
  constexpr std::string_view kExport = "export ";
  for (std::size_t start = 0; start < body.size();) {
    std::size_t stop = body.find('\n', start);
    if (stop == std::string_view::npos)
      stop = body.size();
    std::string_view line = body.substr(start, stop - start);
    start = stop + 1;
    if (line.substr(0, kExport.size()) != kExport)
      continue;
    line.remove_prefix(kExport.size());
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos || equals == 0)
      continue;
    variables[std::string(line.substr(0, equals))] = unquoteShell(line.substr(equals + 1));
  }
  return variables;
}

std::string replaceMarkedBlock(std::string_view profileText, std::string_view body) {
  std::string block;
  if (!body.empty()) {
    block.append(kBlockBegin).append("\n").append(body);
    if (block.back() != '\n')
      block.push_back('\n');
    block.append(kBlockEnd).append("\n");
  }
  const BlockSpan span = findBlock(profileText);
  if (span.begin != std::string_view::npos) {
    std::string text(profileText.substr(0, span.begin));
    text += block;
    text.append(profileText.substr(span.end));
    return text;
  }
  std::string text(profileText);
  if (block.empty())
    return text;
  if (!text.empty() && text.back() != '\n')
    text.push_back('\n');
  return text + block;
}

} // namespace md::env
