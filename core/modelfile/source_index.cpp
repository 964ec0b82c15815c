#include "core/modelfile/source_index.h"

#include <algorithm>

namespace md::modelfile {

SourceIndex::SourceIndex(std::string_view text) : text_(text) {
  lineStarts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
      continue; // CRLF: the '\n' ends the line
    if (text[i] == '\n' || text[i] == '\r')
      lineStarts_.push_back(i + 1);
  }
}

int SourceIndex::lineOf(std::size_t offset) const {
  const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return int(it - lineStarts_.begin());
}

int SourceIndex::columnOf(std::size_t offset) const {
  return int(offset - lineStarts_[std::size_t(lineOf(offset) - 1)]);
}

SourceSpan SourceIndex::span(std::size_t begin, std::size_t end) const {
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  return {begin, end, lineOf(begin), columnOf(begin), lineOf(end), columnOf(end)};
}

SourceSpan SourceIndex::trimmedSpan(std::size_t begin, std::size_t end) const {
  auto blank = [this](std::size_t i) {
    const char c = text_[i];
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  };
  end = std::min(end, text_.size());
  while (begin < end && blank(begin))
    ++begin;
  while (end > begin && blank(end - 1))
    --end;
  return span(begin, end);
}

} // namespace md::modelfile
