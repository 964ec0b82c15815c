#include "core/gguf/types.h"

#include <array>

namespace md::gguf {

namespace {

constexpr std::array<const char*, kValueTypeCount> kValueTypeNames = {
    "uint8", "int8",   "uint16", "int16",  "uint32", "int32",   "float32",
    "bool",  "string", "array",  "uint64", "int64",  "float64",
};

constexpr TensorTypeInfo kTensorTypes[] = {
    {0, "F32", 1, 4},         {1, "F16", 1, 2},         {2, "Q4_0", 32, 18},      {3, "Q4_1", 32, 20},
    {6, "Q5_0", 32, 22},      {7, "Q5_1", 32, 24},      {8, "Q8_0", 32, 34},      {9, "Q8_1", 32, 36},
    {10, "Q2_K", 256, 84},    {11, "Q3_K", 256, 110},   {12, "Q4_K", 256, 144},   {13, "Q5_K", 256, 176},
    {14, "Q6_K", 256, 210},   {15, "Q8_K", 256, 292},   {16, "IQ2_XXS", 256, 66}, {17, "IQ2_XS", 256, 74},
    {18, "IQ3_XXS", 256, 98}, {19, "IQ1_S", 256, 50},   {20, "IQ4_NL", 32, 18},   {21, "IQ3_S", 256, 110},
    {22, "IQ2_S", 256, 82},   {23, "IQ4_XS", 256, 136}, {24, "I8", 1, 1},         {25, "I16", 1, 2},
    {26, "I32", 1, 4},        {27, "I64", 1, 8},        {28, "F64", 1, 8},        {29, "IQ1_M", 256, 56},
    {30, "BF16", 1, 2},       {34, "TQ1_0", 256, 54},   {35, "TQ2_0", 256, 66},   {39, "MXFP4", 32, 17},
};

} // namespace

const char* valueTypeName(ValueType type) {
  auto index = static_cast<std::uint32_t>(type);
  return index < kValueTypeCount ? kValueTypeNames[index] : "unknown";
}

std::optional<ValueType> valueTypeFromId(std::uint32_t id) {
  if (id >= kValueTypeCount)
    return std::nullopt;
  return static_cast<ValueType>(id);
}

std::size_t scalarSize(ValueType type) {
  switch (type) {
  case ValueType::Uint8:
  case ValueType::Int8:
  case ValueType::Bool: return 1;
  case ValueType::Uint16:
  case ValueType::Int16: return 2;
  case ValueType::Uint32:
  case ValueType::Int32:
  case ValueType::Float32: return 4;
  case ValueType::Uint64:
  case ValueType::Int64:
  case ValueType::Float64: return 8;
  case ValueType::String:
  case ValueType::Array: return 0;
  }
  return 0;
}

const TensorTypeInfo* tensorTypeInfo(std::uint32_t id) {
  for (const auto& info : kTensorTypes)
    if (info.id == id)
      return &info;
  return nullptr;
}

std::string tensorTypeName(std::uint32_t id) {
  const auto* info = tensorTypeInfo(id);
  return info ? std::string(info->name) : "type " + std::to_string(id);
}

std::string fileTypeName(std::uint32_t fileType) {
  static constexpr struct {
    std::uint32_t id;
    const char* name;
  } kFileTypes[] = {
      {0, "F32"},     {1, "F16"},     {2, "Q4_0"},       {3, "Q4_1"},    {7, "Q8_0"},     {8, "Q5_0"},
      {9, "Q5_1"},    {10, "Q2_K"},   {11, "Q3_K_S"},    {12, "Q3_K_M"}, {13, "Q3_K_L"},  {14, "Q4_K_S"},
      {15, "Q4_K_M"}, {16, "Q5_K_S"}, {17, "Q5_K_M"},    {18, "Q6_K"},   {19, "IQ2_XXS"}, {20, "IQ2_XS"},
      {21, "Q2_K_S"}, {22, "IQ3_XS"}, {23, "IQ3_XXS"},   {24, "IQ1_S"},  {25, "IQ4_NL"},  {26, "IQ3_S"},
      {27, "IQ3_M"},  {28, "IQ2_S"},  {29, "IQ2_M"},     {30, "IQ4_XS"}, {31, "IQ1_M"},   {32, "BF16"},
      {36, "TQ1_0"},  {37, "TQ2_0"},  {38, "MXFP4_MOE"},
  };
  for (const auto& entry : kFileTypes)
    if (entry.id == fileType)
      return entry.name;
  return "file type " + std::to_string(fileType);
}

} // namespace md::gguf
