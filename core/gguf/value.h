#pragma once
// One GGUF metadata value: a scalar, a string, or an array of values (arrays
// may nest up to a depth of 4). Integers keep their signedness; the GGUF
// type is kept so a value can be written back exactly.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/gguf/types.h"

namespace md::gguf {

struct Value {
  ValueType type = ValueType::Uint8;
  ValueType elementType = ValueType::Uint8; // for arrays
  std::variant<std::uint64_t, std::int64_t, double, bool, std::string, std::vector<Value>> data;

  static Value unsignedInt(ValueType type, std::uint64_t value);
  static Value signedInt(ValueType type, std::int64_t value);
  static Value floating(ValueType type, double value);
  static Value boolean(bool value);
  static Value string(std::string value);
  static Value array(ValueType elementType, std::vector<Value> items);
  // Convenience for builders: arrays of strings, of int32 and of float32.
  static Value strings(const std::vector<std::string>& items);
  static Value int32s(const std::vector<std::int32_t>& items);
  static Value float32s(const std::vector<float>& items);

  bool isArray() const { return type == ValueType::Array; }
  // Any integer (or bool) as a number, when it fits.
  std::optional<std::uint64_t> asUnsigned() const;
  std::optional<std::int64_t> asSigned() const;
  std::optional<double> asNumber() const;
  std::optional<bool> asBool() const;
  const std::string* asString() const;
  const std::vector<Value>* asArray() const;

  // A short human rendering: 42, 0.5, true, "text", [3 items: 1, 2, 3].
  std::string preview(std::size_t maxItems = 8, std::size_t maxChars = 80) const;
};

struct KeyValue {
  std::string key;
  Value value;
  std::uint64_t offset = 0; // where the key starts in the file (reader only)
};

// The first KeyValue with this key, or nullptr.
const Value* findValue(const std::vector<KeyValue>& metadata, std::string_view key);

} // namespace md::gguf
