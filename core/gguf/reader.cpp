#include "core/gguf/reader.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <string_view>
#include <unordered_set>

#include "core/gguf/byte_cursor.h"
#include "core/gguf/byte_order.h"
#include "core/gguf/not_gguf.h"
#include "core/util/paths.h"
#include "core/util/printable_text.h"

namespace md::gguf {

namespace {

using detail::ByteCursor;

class HeaderParser {
public:
  HeaderParser(ByteCursor& in, std::filesystem::path path) : in_(in), path_(std::move(path)) {}

  Result<GgufFile> parse();

private:
  bool fail(std::uint64_t offset, Message message) {
    if (!error_)
      error_ = makeError(ErrorCode::Malformed, std::move(message), Location{path_, offset, {}, {}});
    return false;
  }
  // `what` names the part of the header (GgufPart…).
  bool truncated(MessageId what) {
    if (in_.ioError()) {
      error_ = *in_.ioError();
      return false;
    }
    return fail(in_.position(), Message(MessageId::GgufEndsInside, {Message(what), number(in_.size())}));
  }
  static MessageArg number(std::uint64_t value) { return MessageArg::number(value); }
  static MessageArg quoted(const std::string& key, std::size_t limit = 200) { return printableText(key, limit); }

  template <class T> bool readRaw(T& value, MessageId what) {
    if (!in_.read(&value, sizeof(T)))
      return truncated(what);
    if (detail::needsSwap(file_.bigEndian))
      value = detail::byteSwapped(value);
    return true;
  }

  // A count or length: u32 in GGUF v1, u64 later.
  bool readLength(std::uint64_t& value, MessageId what) {
    if (file_.version == 1) {
      std::uint32_t small = 0;
      if (!readRaw(small, what))
        return false;
      value = small;
      return true;
    }
    return readRaw(value, what);
  }
  template <class Raw, class Stored> bool readScalar(Value& out) {
    Raw raw{};
    if (!readRaw(raw, MessageId::GgufPartValue))
      return false;
    out.data = static_cast<Stored>(raw);
    return true;
  }
  std::uint64_t lengthBytes() const { return file_.version == 1 ? 4 : 8; }

  bool readString(std::string& out, MessageId what);
  bool readValue(ValueType type, Value& out, int depth, const std::string& key);
  bool readArray(Value& out, int depth, const std::string& key);
  std::optional<ValueType> readValueType(MessageId what, const std::string& key);
  std::uint64_t minimumSize(ValueType type) const;
  bool readMetadata(std::uint64_t count);
  bool readTensorInfos(std::uint64_t count);
  bool readTensorInfo(TensorInfo& tensor, std::uint64_t& offsetFieldAt);
  bool applyAlignment();
  Error notGguf(const char (&magic)[4]);
  bool checkOffsets();

  ByteCursor& in_;
  std::filesystem::path path_;
  GgufFile file_;
  std::optional<Error> error_;
  std::vector<std::uint64_t> offsetFieldPositions_;
};

bool HeaderParser::readString(std::string& out, MessageId what) {
  auto at = in_.position();
  std::uint64_t length = 0;
  if (!readLength(length, what))
    return false;
  if (length > in_.remaining())
    return fail(at, Message(MessageId::GgufLengthPastEnd, {Message(what), number(length), number(in_.remaining())}));
  out.resize(static_cast<std::size_t>(length));
  if (length > 0 && !in_.read(out.data(), out.size()))
    return truncated(what);
  return true;
}

std::uint64_t HeaderParser::minimumSize(ValueType type) const {
  if (type == ValueType::String)
    return lengthBytes();
  if (type == ValueType::Array)
    return 4 + lengthBytes();
  return scalarSize(type);
}

std::optional<ValueType> HeaderParser::readValueType(MessageId what, const std::string& key) {
  auto at = in_.position();
  std::int32_t raw = 0;
  if (!readRaw(raw, what))
    return std::nullopt;
  auto type = raw < 0 ? std::nullopt : valueTypeFromId(static_cast<std::uint32_t>(raw));
  if (!type)
    fail(at, Message(MessageId::GgufUnknownType, {Message(what), std::to_string(raw), quoted(key)}));
  return type;
}

bool HeaderParser::readArray(Value& out, int depth, const std::string& key) {
  auto typeAt = in_.position();
  auto elementType = readValueType(MessageId::GgufPartElementType, key);
  if (!elementType)
    return false;
  if (*elementType == ValueType::Array && depth >= kMaxArrayDepth)
    return fail(typeAt, Message(MessageId::GgufArraysTooDeep, {number(kMaxArrayDepth), quoted(key)}));
  auto countAt = in_.position();
  std::uint64_t count = 0;
  if (!readLength(count, MessageId::GgufPartArrayCount))
    return false;
  auto each = minimumSize(*elementType);
  if (each > 0 && count > in_.remaining() / each)
    return fail(countAt, Message(MessageId::GgufArrayPastEnd, {number(count), quoted(key), number(in_.remaining())}));
  std::vector<Value> items(static_cast<std::size_t>(count));
  for (auto& item : items)
    if (!readValue(*elementType, item, depth + 1, key))
      return false;
  out = Value::array(*elementType, std::move(items));
  return true;
}

bool HeaderParser::readValue(ValueType type, Value& out, int depth, const std::string& key) {
  out.type = type;
  switch (type) {
  case ValueType::Uint8: return readScalar<std::uint8_t, std::uint64_t>(out);
  case ValueType::Int8: return readScalar<std::int8_t, std::int64_t>(out);
  case ValueType::Uint16: return readScalar<std::uint16_t, std::uint64_t>(out);
  case ValueType::Int16: return readScalar<std::int16_t, std::int64_t>(out);
  case ValueType::Uint32: return readScalar<std::uint32_t, std::uint64_t>(out);
  case ValueType::Int32: return readScalar<std::int32_t, std::int64_t>(out);
  case ValueType::Uint64: return readScalar<std::uint64_t, std::uint64_t>(out);
  case ValueType::Int64: return readScalar<std::int64_t, std::int64_t>(out);
  case ValueType::Float32: return readScalar<float, double>(out);
  case ValueType::Float64: return readScalar<double, double>(out);
  case ValueType::Bool: return readScalar<std::uint8_t, bool>(out);
  case ValueType::String: {
    std::string text;
    if (!readString(text, MessageId::GgufPartStringValue))
      return false;
    out.data = std::move(text);
    return true;
  }
  case ValueType::Array: return readArray(out, depth, key);
  }
  return false;
}

bool HeaderParser::readMetadata(std::uint64_t count) {
  std::unordered_set<std::string> seen;
  file_.metadata.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t i = 0; i < count; ++i) {
    KeyValue kv;
    kv.offset = in_.position();
    if (!readString(kv.key, MessageId::GgufPartKey))
      return false;
    if (!seen.insert(kv.key).second)
      return fail(kv.offset, Message(MessageId::GgufDuplicateKey, {quoted(kv.key)}));
    auto type = readValueType(MessageId::GgufPartValueType, kv.key);
    if (!type)
      return false;
    if (!readValue(*type, kv.value, 1, kv.key))
      return false;
    file_.metadata.push_back(std::move(kv));
  }
  return true;
}

bool HeaderParser::readTensorInfo(TensorInfo& tensor, std::uint64_t& offsetFieldAt) {
  auto nameAt = in_.position();
  if (!readString(tensor.name, MessageId::GgufPartTensorName))
    return false;
  if (tensor.name.size() > kMaxTensorNameBytes)
    return fail(nameAt,
                Message(MessageId::GgufTensorNameTooLong, {quoted(tensor.name, 80), number(kMaxTensorNameBytes)}));
  auto dimsAt = in_.position();
  std::uint32_t dims = 0;
  if (!readRaw(dims, MessageId::GgufPartDimensionCount))
    return false;
  if (dims > kMaxDimensions)
    return fail(dimsAt,
                Message(MessageId::GgufTooManyDimensions, {quoted(tensor.name), number(dims), number(kMaxDimensions)}));
  std::uint64_t elements = 1;
  for (std::uint32_t d = 0; d < dims; ++d) {
    auto dimAt = in_.position();
    std::int64_t ne = 0;
    if (file_.version == 1) {
      std::uint32_t small = 0;
      if (!readRaw(small, MessageId::GgufPartDimension))
        return false;
      ne = small;
    } else if (!readRaw(ne, MessageId::GgufPartDimension)) {
      return false;
    }
    if (ne < 0)
      return fail(dimAt, Message(MessageId::GgufNegativeDimension, {quoted(tensor.name), std::to_string(ne)}));
    if (ne != 0 && elements > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) /
                                  static_cast<std::uint64_t>(ne))
      return fail(dimAt, Message(MessageId::GgufElementCountOverflows, {quoted(tensor.name)}));
    elements *= static_cast<std::uint64_t>(ne);
    tensor.shape.push_back(ne);
  }
  auto typeAt = in_.position();
  std::int32_t rawType = 0;
  if (!readRaw(rawType, MessageId::GgufPartTensorType))
    return false;
  const auto* info = rawType < 0 ? nullptr : tensorTypeInfo(static_cast<std::uint32_t>(rawType));
  if (!info)
    return fail(typeAt, Message(MessageId::GgufUnknownTensorType, {quoted(tensor.name), std::to_string(rawType)}));
  tensor.type = info->id;
  auto ne0 = tensor.shape.empty() ? 1 : static_cast<std::uint64_t>(tensor.shape[0]);
  if (ne0 % info->blockSize != 0)
    return fail(typeAt, Message(MessageId::GgufNotABlockMultiple,
                                {quoted(tensor.name), number(ne0), std::string(info->name), number(info->blockSize)}));
  auto blocks = ne0 == 0 ? 0 : elements / info->blockSize;
  if (blocks > std::numeric_limits<std::uint64_t>::max() / info->bytesPerBlock)
    return fail(typeAt, Message(MessageId::GgufByteSizeOverflows, {quoted(tensor.name)}));
  tensor.size = blocks * info->bytesPerBlock;
  offsetFieldAt = in_.position();
  return readRaw(tensor.offset, MessageId::GgufPartTensorOffset);
}

bool HeaderParser::readTensorInfos(std::uint64_t count) {
  std::unordered_set<std::string> seen;
  file_.tensors.reserve(static_cast<std::size_t>(count));
  offsetFieldPositions_.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t i = 0; i < count; ++i) {
    auto at = in_.position();
    TensorInfo tensor;
    std::uint64_t offsetFieldAt = 0;
    if (!readTensorInfo(tensor, offsetFieldAt))
      return false;
    if (!seen.insert(tensor.name).second)
      return fail(at, Message(MessageId::GgufDuplicateTensor, {quoted(tensor.name)}));
    file_.tensors.push_back(std::move(tensor));
    offsetFieldPositions_.push_back(offsetFieldAt);
  }
  return true;
}

bool HeaderParser::applyAlignment() {
  for (const auto& kv : file_.metadata) {
    if (kv.key != "general.alignment")
      continue;
    // llama.cpp refuses any other type ("alignment key has wrong type").
    if (kv.value.type != ValueType::Uint32)
      return fail(kv.offset, Message(MessageId::GgufAlignmentType, {std::string(valueTypeName(kv.value.type))}));
    auto value = kv.value.asUnsigned();
    if (!value || *value == 0 || *value > (1u << 30) || !std::has_single_bit(*value))
      return fail(kv.offset, Message(MessageId::GgufAlignmentNotPowerOfTwo, {kv.value.preview()}));
    file_.alignment = static_cast<std::uint32_t>(*value);
  }
  return true;
}

bool HeaderParser::checkOffsets() {
  std::uint64_t expected = 0;
  for (std::size_t i = 0; i < file_.tensors.size(); ++i) {
    const auto& tensor = file_.tensors[i];
    if (tensor.offset != expected)
      return fail(offsetFieldPositions_[i], Message(MessageId::GgufTensorOffsetWrong,
                                                    {quoted(tensor.name), number(tensor.offset), number(expected)}));
    auto padded = padTo(tensor.size, file_.alignment);
    if (padded < tensor.size || expected > std::numeric_limits<std::uint64_t>::max() - padded)
      return fail(offsetFieldPositions_[i], Message(MessageId::GgufDataSizeOverflows));
    file_.dataEnd = expected + tensor.size;
    expected += padded;
  }
  file_.dataEnd += file_.dataOffset;
  file_.expectedFileSize = file_.dataOffset + expected;
  return true;
}

// An empty file, a Git LFS pointer, a web page or other bytes: said as the
// merge plan says it.
Error HeaderParser::notGguf(const char (&magic)[4]) {
  std::string start(magic, in_.position());
  std::string rest(std::min<std::uint64_t>(in_.remaining(), kNotGgufSniffBytes - start.size()), '\0');
  if (!rest.empty() && in_.read(rest.data(), rest.size()))
    start += rest;
  const std::string name = path_.empty() ? std::string("The file") : pathToUtf8(path_.filename());
  return makeError(ErrorCode::Malformed, notGgufProblem(name, std::string_view(start), in_.size()),
                   Location{path_, 0, {}, {}});
}

Result<GgufFile> HeaderParser::parse() {
  file_.path = path_;
  file_.fileSize = in_.size();
  char magic[4] = {};
  if (in_.size() == 0 || (in_.size() >= 4 && in_.read(magic, 4) && std::memcmp(magic, "GGUF", 4) != 0))
    return notGguf(magic);
  if (in_.ioError())
    return *in_.ioError();
  if (in_.size() < 4)
    return makeError(ErrorCode::Malformed, Message(MessageId::GgufTooShort, {number(in_.size())}),
                     Location{path_, 0, {}, {}});
  std::uint32_t version = 0;
  if (!readRaw(version, MessageId::GgufPartVersion))
    return *error_;
  if ((version & 0xFFFF) == 0 && version != 0) {
    file_.bigEndian = true;
    version = detail::byteSwapped(version);
  }
  if (version < 1 || version > 3)
    return makeError(ErrorCode::Unsupported, Message(MessageId::GgufUnsupportedVersion, {number(version)}),
                     Location{path_, 4, {}, {}});
  file_.version = version;
  auto tensorCountAt = in_.position();
  std::uint64_t tensorCount = 0, kvCount = 0;
  if (!readLength(tensorCount, MessageId::GgufPartTensorCount))
    return *error_;
  auto kvCountAt = in_.position();
  if (!readLength(kvCount, MessageId::GgufPartMetadataCount))
    return *error_;
  // A tensor info takes at least a name length, n_dims, a type and an offset;
  // a KV at least a key length, a type and one byte.
  if (tensorCount > in_.remaining() / (lengthBytes() + 16))
    return makeError(ErrorCode::Malformed, Message(MessageId::GgufTensorCountPastEnd, {number(tensorCount)}),
                     Location{path_, tensorCountAt, {}, {}});
  if (kvCount > in_.remaining() / (lengthBytes() + 5))
    return makeError(ErrorCode::Malformed, Message(MessageId::GgufMetadataCountPastEnd, {number(kvCount)}),
                     Location{path_, kvCountAt, {}, {}});
  if (!readMetadata(kvCount) || !applyAlignment() || !readTensorInfos(tensorCount))
    return *error_;
  file_.headerSize = in_.position();
  file_.dataOffset = padTo(file_.headerSize, file_.alignment);
  if (!checkOffsets())
    return *error_;
  if (file_.tensors.empty())
    file_.dataEnd = file_.headerSize;
  file_.complete = file_.fileSize >= file_.dataEnd;
  file_.missingBytes = file_.complete ? 0 : file_.dataEnd - file_.fileSize;
  return std::move(file_);
}

} // namespace

Result<GgufFile> readGguf(const std::filesystem::path& path) {
  auto file = io::File::openRead(path);
  if (!file)
    return file.error();
  auto size = file->size();
  if (!size)
    return size.error();
  ByteCursor cursor(*file, *size);
  return HeaderParser(cursor, path).parse();
}

Result<GgufFile> parseGguf(std::span<const std::byte> bytes, std::uint64_t fileSize,
                           const std::filesystem::path& path) {
  ByteCursor cursor(bytes, bytes.size());
  auto result = HeaderParser(cursor, path).parse();
  if (result && fileSize > bytes.size()) {
    auto& file = result.value();
    file.fileSize = fileSize;
    file.complete = fileSize >= file.dataEnd;
    file.missingBytes = file.complete ? 0 : file.dataEnd - fileSize;
  }
  return result;
}

bool hasGgufMagic(const std::filesystem::path& path) {
  auto file = io::File::openRead(path);
  if (!file)
    return false;
  std::byte magic[4] = {};
  auto got = file->readAt(0, magic);
  return got && *got == 4 && std::memcmp(magic, "GGUF", 4) == 0;
}

} // namespace md::gguf
