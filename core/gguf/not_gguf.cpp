#include "core/gguf/not_gguf.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace md::gguf {
namespace {

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

// The first four bytes, printable, for "it starts with 'PK..'".
std::string startBytes(std::string_view start) {
  std::string out;
  for (const char byte : start.substr(0, 4)) {
    const auto c = static_cast<unsigned char>(byte);
    out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '.';
  }
  return out;
}

} // namespace

Message notGgufProblem(const std::string& name, std::string_view start, std::uint64_t size) {
  if (size == 0)
    return Message(MessageId::EmptyFile, {name});
  const std::string lower = lowerAscii(start.substr(0, kNotGgufSniffBytes));
  if (lower.rfind("version https://git-lfs", 0) == 0)
    return Message(MessageId::LfsPointer, {name});
  if (lower.find("<html") != std::string::npos || lower.find("<!doctype html") != std::string::npos)
    return Message(MessageId::WebPage, {name});
  return Message(MessageId::NotGguf, {name, startBytes(start)});
}

Message notGgufProblem(const std::string& name, const std::filesystem::path& path, std::uint64_t size) {
  std::ifstream in(path, std::ios::binary);
  std::string start(kNotGgufSniffBytes, '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return notGgufProblem(name, std::string_view(start), size);
}

} // namespace md::gguf
