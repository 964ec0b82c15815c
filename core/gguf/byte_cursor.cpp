#include "core/gguf/byte_cursor.h"

#include <algorithm>
#include <cstring>

namespace md::gguf::detail {

namespace {
constexpr std::size_t kBufferSize = 1u << 20;
}

ByteCursor::ByteCursor(const io::File& file, std::uint64_t size) : file_(&file), size_(size) {}

ByteCursor::ByteCursor(std::span<const std::byte> memory, std::uint64_t size)
    : memory_(memory), size_(std::min<std::uint64_t>(size, memory.size())) {}

bool ByteCursor::refill() {
  if (buffer_.empty())
    buffer_.resize(kBufferSize);
  auto got = file_->readAt(position_, buffer_);
  if (!got) {
    ioError_ = got.error();
    return false;
  }
  bufferStart_ = position_;
  bufferLength_ = *got;
  return bufferLength_ > 0;
}

bool ByteCursor::read(void* destination, std::size_t n) {
  if (n > remaining())
    return false;
  auto* out = static_cast<std::byte*>(destination);
  if (!file_) {
    std::memcpy(out, memory_.data() + position_, n);
    position_ += n;
    return true;
  }
  while (n > 0) {
    if (position_ < bufferStart_ || position_ >= bufferStart_ + bufferLength_) {
      if (!refill())
        return false;
    }
    auto inBuffer = static_cast<std::size_t>(position_ - bufferStart_);
    auto chunk = std::min(n, bufferLength_ - inBuffer);
    std::memcpy(out, buffer_.data() + inBuffer, chunk);
    out += chunk;
    n -= chunk;
    position_ += chunk;
  }
  return true;
}

} // namespace md::gguf::detail
