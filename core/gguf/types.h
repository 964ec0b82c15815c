#pragma once
// GGUF value types, ggml tensor types (block size and bytes per block) and
// llama.cpp's file-type names. Facts: DESIGN.md §2.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace md::gguf {

enum class ValueType : std::uint32_t {
  Uint8 = 0,
  Int8 = 1,
  Uint16 = 2,
  Int16 = 3,
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
  Uint64 = 10,
  Int64 = 11,
  Float64 = 12,
};

inline constexpr std::uint32_t kValueTypeCount = 13;

// "uint8", "int8", … "float64" (the names of the --json schema).
const char* valueTypeName(ValueType type);
std::optional<ValueType> valueTypeFromId(std::uint32_t id);
// Size in bytes of a fixed-size scalar; 0 for String and Array.
std::size_t scalarSize(ValueType type);

struct TensorTypeInfo {
  std::uint32_t id;
  const char* name; // ggml's: "F32", "Q4_K", …
  std::uint32_t blockSize;
  std::uint32_t bytesPerBlock;
};

// nullptr for ids that never existed or were removed.
const TensorTypeInfo* tensorTypeInfo(std::uint32_t id);
std::string tensorTypeName(std::uint32_t id); // "F32", or "type 31" when unknown

// llama.cpp's ftype enum (general.file_type): 15 → "Q4_K_M", 7 → "Q8_0".
std::string fileTypeName(std::uint32_t fileType);

} // namespace md::gguf
