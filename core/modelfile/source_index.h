#pragma once
// Maps byte offsets of a text to 1-based lines and 0-based byte columns.

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/modelfile/modelfile.h"

namespace md::modelfile {

class SourceIndex {
public:
  explicit SourceIndex(std::string_view text);

  int lineOf(std::size_t offset) const;
  int columnOf(std::size_t offset) const;
  SourceSpan span(std::size_t begin, std::size_t end) const;
  // The span with surrounding ASCII whitespace (space, tab, CR, LF) removed.
  SourceSpan trimmedSpan(std::size_t begin, std::size_t end) const;

private:
  std::string_view text_;
  std::vector<std::size_t> lineStarts_;
};

} // namespace md::modelfile
