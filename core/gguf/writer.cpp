#include "core/gguf/writer.h"

#include "core/gguf/byte_order.h"

#include <bit>
#include <cstring>
#include <limits>
#include <set>

namespace md::gguf {

namespace {

class ByteWriter {
public:
  ByteWriter(std::vector<std::byte>& out, const WriteOptions& options) : out_(out), options_(options) {}

  template <class T> void put(T value) {
    if (detail::needsSwap(options_.bigEndian))
      value = detail::byteSwapped(value);
    const auto* raw = reinterpret_cast<const std::byte*>(&value);
    out_.insert(out_.end(), raw, raw + sizeof(T));
  }
  void length(std::uint64_t n) {
    if (options_.version == 1)
      put(static_cast<std::uint32_t>(n));
    else
      put(n);
  }
  void string(const std::string& text) {
    length(text.size());
    const auto* bytes = reinterpret_cast<const std::byte*>(text.data());
    out_.insert(out_.end(), bytes, bytes + text.size());
  }
  void value(const Value& v) {
    switch (v.type) {
    case ValueType::Uint8: return put(static_cast<std::uint8_t>(v.asUnsigned().value_or(0)));
    case ValueType::Int8: return put(static_cast<std::int8_t>(v.asSigned().value_or(0)));
    case ValueType::Uint16: return put(static_cast<std::uint16_t>(v.asUnsigned().value_or(0)));
    case ValueType::Int16: return put(static_cast<std::int16_t>(v.asSigned().value_or(0)));
    case ValueType::Uint32: return put(static_cast<std::uint32_t>(v.asUnsigned().value_or(0)));
    case ValueType::Int32: return put(static_cast<std::int32_t>(v.asSigned().value_or(0)));
    case ValueType::Uint64: return put(v.asUnsigned().value_or(0));
    case ValueType::Int64: return put(v.asSigned().value_or(0));
    case ValueType::Float32: return put(static_cast<float>(v.asNumber().value_or(0)));
    case ValueType::Float64: return put(v.asNumber().value_or(0));
    case ValueType::Bool: return put(static_cast<std::uint8_t>(v.asBool().value_or(false) ? 1 : 0));
    case ValueType::String: return string(v.asString() ? *v.asString() : std::string());
    case ValueType::Array: {
      put(static_cast<std::int32_t>(v.elementType));
      const auto* items = v.asArray();
      length(items ? items->size() : 0);
      if (items)
        for (const auto& item : *items)
          value(item);
      return;
    }
    }
  }

private:
  std::vector<std::byte>& out_;
  const WriteOptions& options_;
};

Error invalid(std::string message) {
  return makeError(ErrorCode::Invalid, std::move(message));
}

} // namespace

Result<std::uint64_t> tensorByteSize(std::uint32_t type, const std::vector<std::int64_t>& shape) {
  const auto* info = tensorTypeInfo(type);
  if (!info)
    return invalid("Unknown tensor type " + std::to_string(type));
  if (shape.size() > 4)
    return invalid("A tensor has at most 4 dimensions");
  std::uint64_t elements = 1;
  for (auto dim : shape) {
    if (dim < 0)
      return invalid("Negative tensor dimension");
    if (dim != 0 && elements > std::numeric_limits<std::uint64_t>::max() / static_cast<std::uint64_t>(dim))
      return invalid("Tensor element count overflows");
    elements *= static_cast<std::uint64_t>(dim);
  }
  auto ne0 = shape.empty() ? 1 : static_cast<std::uint64_t>(shape[0]);
  if (ne0 % info->blockSize != 0)
    return invalid("The first dimension is not a multiple of the " + std::string(info->name) + " block size");
  return elements / info->blockSize * info->bytesPerBlock;
}

Result<HeaderLayout> layoutGguf(const std::vector<KeyValue>& metadata, const std::vector<TensorDescription>& tensors,
                                const WriteOptions& options) {
  if (options.version < 1 || options.version > 3)
    return invalid("GGUF version must be 1, 2 or 3");
  HeaderLayout layout;
  std::set<std::string> keys;
  for (const auto& kv : metadata) {
    if (!keys.insert(kv.key).second)
      return invalid("Duplicate metadata key '" + kv.key + "'");
    if (kv.key == "general.alignment") {
      auto value = kv.value.asUnsigned();
      if (!value || *value == 0 || !std::has_single_bit(*value) || *value > (1u << 30))
        return invalid("general.alignment must be a power of two");
      layout.alignment = static_cast<std::uint32_t>(*value);
    }
  }
  std::set<std::string> names;
  std::uint64_t running = 0;
  for (const auto& tensor : tensors) {
    if (!names.insert(tensor.name).second)
      return invalid("Duplicate tensor name '" + tensor.name + "'");
    auto size = tensorByteSize(tensor.type, tensor.shape);
    if (!size)
      return invalid("Tensor '" + tensor.name + "': " + size.error().message);
    layout.offsets.push_back(running);
    layout.sizes.push_back(*size);
    running += padTo(*size, layout.alignment);
  }

  auto& out = layout.bytes;
  ByteWriter writer(out, options);
  out.insert(out.end(), {std::byte{'G'}, std::byte{'G'}, std::byte{'U'}, std::byte{'F'}});
  writer.put(options.version);
  writer.length(tensors.size());
  writer.length(metadata.size());
  for (const auto& kv : metadata) {
    writer.string(kv.key);
    writer.put(static_cast<std::int32_t>(kv.value.type));
    writer.value(kv.value);
  }
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    writer.string(tensors[i].name);
    writer.put(static_cast<std::uint32_t>(tensors[i].shape.size()));
    for (auto dim : tensors[i].shape) {
      if (options.version == 1)
        writer.put(static_cast<std::uint32_t>(dim));
      else
        writer.put(static_cast<std::int64_t>(dim));
    }
    writer.put(static_cast<std::int32_t>(tensors[i].type));
    writer.put(layout.offsets[i]);
  }
  layout.dataOffset = padTo(out.size(), layout.alignment);
  out.resize(static_cast<std::size_t>(layout.dataOffset), std::byte{0});
  layout.fileSize = layout.dataOffset + running;
  return layout;
}

} // namespace md::gguf
