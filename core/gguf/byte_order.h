#pragma once
// Byte order for GGUF values: big-endian GGUF files (s390x builds of
// llama.cpp) store every number byte-swapped. Internal to core/gguf; the
// reader and the writer share it.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace md::gguf::detail {

// The value with its bytes in the opposite order (1, 2, 4 or 8 bytes).
template <class T> T byteSwapped(T value) {
  static_assert(sizeof(T) == 1 || sizeof(T) == 2 || sizeof(T) == 4 || sizeof(T) == 8);
  if constexpr (sizeof(T) == 1) {
    return value;
  } else {
    using U = std::conditional_t<sizeof(T) == 2, std::uint16_t,
                                 std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>>;
    const auto bits = std::bit_cast<U>(value);
    U swapped = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i)
      swapped = static_cast<U>((swapped << 8) | ((bits >> (8 * i)) & 0xff));
    return std::bit_cast<T>(swapped);
  }
}

// Whether a file written in the given order needs its values swapped here.
inline bool needsSwap(bool fileIsBigEndian) {
  return fileIsBigEndian == (std::endian::native == std::endian::little);
}

} // namespace md::gguf::detail
