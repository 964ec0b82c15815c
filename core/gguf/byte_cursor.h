#pragma once
// Sequential reads over a file (through a buffer) or over memory, with the
// position and the total size known, for the GGUF reader. Internal to core/gguf.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/io/file.h"
#include "core/util/result.h"

namespace md::gguf::detail {

class ByteCursor {
public:
  ByteCursor(const io::File& file, std::uint64_t size);
  ByteCursor(std::span<const std::byte> memory, std::uint64_t size);

  std::uint64_t position() const { return position_; }
  std::uint64_t size() const { return size_; }
  std::uint64_t remaining() const { return position_ <= size_ ? size_ - position_ : 0; }

  // Copies n bytes and advances; false at the end of the data or on an I/O
  // error (then ioError() is set).
  bool read(void* destination, std::size_t n);
  const std::optional<Error>& ioError() const { return ioError_; }

private:
  bool refill();

  const io::File* file_ = nullptr;
  std::span<const std::byte> memory_;
  std::uint64_t size_ = 0;
  std::uint64_t position_ = 0;
  std::vector<std::byte> buffer_;
  std::uint64_t bufferStart_ = 0;
  std::size_t bufferLength_ = 0;
  std::optional<Error> ioError_;
};

} // namespace md::gguf::detail
