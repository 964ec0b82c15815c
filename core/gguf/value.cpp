#include "core/gguf/value.h"

#include <cmath>
#include <limits>
#include <sstream>

#include "core/util/printable_text.h"

namespace md::gguf {

Value Value::unsignedInt(ValueType type, std::uint64_t value) {
  Value v;
  v.type = type;
  v.data = value;
  return v;
}

Value Value::signedInt(ValueType type, std::int64_t value) {
  Value v;
  v.type = type;
  v.data = value;
  return v;
}

Value Value::floating(ValueType type, double value) {
  Value v;
  v.type = type;
  v.data = value;
  return v;
}

Value Value::boolean(bool value) {
  Value v;
  v.type = ValueType::Bool;
  v.data = value;
  return v;
}

Value Value::string(std::string value) {
  Value v;
  v.type = ValueType::String;
  v.data = std::move(value);
  return v;
}

Value Value::array(ValueType elementType, std::vector<Value> items) {
  Value v;
  v.type = ValueType::Array;
  v.elementType = elementType;
  v.data = std::move(items);
  return v;
}

Value Value::strings(const std::vector<std::string>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  for (const auto& item : items)
    values.push_back(string(item));
  return array(ValueType::String, std::move(values));
}

Value Value::int32s(const std::vector<std::int32_t>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  for (auto item : items)
    values.push_back(signedInt(ValueType::Int32, item));
  return array(ValueType::Int32, std::move(values));
}

Value Value::float32s(const std::vector<float>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  for (auto item : items)
    values.push_back(floating(ValueType::Float32, item));
  return array(ValueType::Float32, std::move(values));
}

std::optional<std::uint64_t> Value::asUnsigned() const {
  if (const auto* u = std::get_if<std::uint64_t>(&data))
    return *u;
  if (const auto* i = std::get_if<std::int64_t>(&data); i && *i >= 0)
    return static_cast<std::uint64_t>(*i);
  if (const auto* b = std::get_if<bool>(&data))
    return *b ? 1 : 0;
  return std::nullopt;
}

std::optional<std::int64_t> Value::asSigned() const {
  if (const auto* i = std::get_if<std::int64_t>(&data))
    return *i;
  if (const auto* u = std::get_if<std::uint64_t>(&data);
      u && *u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(*u);
  return std::nullopt;
}

std::optional<double> Value::asNumber() const {
  if (const auto* d = std::get_if<double>(&data))
    return *d;
  if (const auto* u = std::get_if<std::uint64_t>(&data))
    return static_cast<double>(*u);
  if (const auto* i = std::get_if<std::int64_t>(&data))
    return static_cast<double>(*i);
  return std::nullopt;
}

std::optional<bool> Value::asBool() const {
  if (const auto* b = std::get_if<bool>(&data))
    return *b;
  return std::nullopt;
}

const std::string* Value::asString() const {
  return std::get_if<std::string>(&data);
}

const std::vector<Value>* Value::asArray() const {
  return std::get_if<std::vector<Value>>(&data);
}

namespace {

std::string quoted(const std::string& text, std::size_t maxChars) {
  std::string out = "\"";
  for (char c : printableText(text, maxChars)) {
    if (c == '"')
      out += "\\\"";
    else
      out += c;
  }
  return out + "\"";
}

} // namespace

std::string Value::preview(std::size_t maxItems, std::size_t maxChars) const {
  std::ostringstream out;
  if (const auto* items = asArray()) {
    out << '[' << items->size() << ' ' << valueTypeName(elementType) << (items->size() == 1 ? "" : "s");
    if (!items->empty())
      out << ':';
    for (std::size_t i = 0; i < items->size() && i < maxItems; ++i)
      out << (i ? ", " : " ") << (*items)[i].preview(maxItems, 24);
    if (items->size() > maxItems)
      out << ", …";
    out << ']';
  } else if (const auto* text = asString()) {
    out << quoted(*text, maxChars);
  } else if (const auto* b = std::get_if<bool>(&data)) {
    out << (*b ? "true" : "false");
  } else if (const auto* d = std::get_if<double>(&data)) {
    out << *d;
  } else if (const auto* u = std::get_if<std::uint64_t>(&data)) {
    out << *u;
  } else if (const auto* i = std::get_if<std::int64_t>(&data)) {
    out << *i;
  }
  return out.str();
}

const Value* findValue(const std::vector<KeyValue>& metadata, std::string_view key) {
  for (const auto& kv : metadata)
    if (kv.key == key)
      return &kv.value;
  return nullptr;
}

} // namespace md::gguf
