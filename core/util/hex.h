#pragma once
// The one hex encoder: digests and escaped bytes in messages.

#include <cstddef>
#include <string>

namespace md {

// Lowercase hex of `size` bytes.
std::string hexEncode(const unsigned char* bytes, std::size_t size);

} // namespace md
