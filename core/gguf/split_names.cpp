#include "core/gguf/split_names.h"

#include <cstdio>
#include <regex>

namespace md::gguf {

namespace {

int lettersIndex(const std::string& letters) {
  // Unix split numbers its suffixes aa, ab, … (or a, b, …) in base 26.
  int value = 0;
  for (char c : letters)
    value = value * 26 + (std::tolower(static_cast<unsigned char>(c)) - 'a');
  return value + 1;
}

} // namespace

std::optional<ShardName> parseShardName(const std::string& fileName) {
  static const std::regex pattern(R"(^(.+)-(\d{5})-of-(\d{5})\.gguf$)", std::regex::icase);
  std::smatch m;
  if (!std::regex_match(fileName, m, pattern))
    return std::nullopt;
  ShardName name{m[1].str(), std::stoi(m[2].str()), std::stoi(m[3].str())};
  if (name.number < 1 || name.count < 1)
    return std::nullopt;
  return name;
}

std::optional<PartName> parsePartName(const std::string& fileName) {
  static const std::regex letters(R"(^(.+\.gguf)\.([a-z]{1,3})$)", std::regex::icase);
  static const std::regex numbers(R"(^(.+\.gguf)\.(\d{2,3})$)", std::regex::icase);
  static const std::regex splitLetters(R"(^(.+\.gguf)-split-([a-z]{1,3})$)", std::regex::icase);
  static const std::regex partOf(R"(^(.+\.gguf)\.part(\d{1,6})of(\d{1,6})$)", std::regex::icase);
  static const std::regex chunkOf(R"(^(.+)-chunk-(\d{1,6})-of-(\d{1,6})\.gguf$)", std::regex::icase);
  std::smatch m;
  if (std::regex_match(fileName, m, letters))
    return PartName{m[1].str(), lettersIndex(m[2].str()), std::nullopt, m[2].str(), "letters"};
  if (std::regex_match(fileName, m, splitLetters))
    return PartName{m[1].str(), lettersIndex(m[2].str()), std::nullopt, m[2].str(), "split-letters"};
  if (std::regex_match(fileName, m, numbers)) {
    // split -d counts from 00; 7-Zip and HJSplit count from 001.
    int n = std::stoi(m[2].str());
    int index = m[2].length() == 2 ? n + 1 : n;
    if (index < 1)
      return std::nullopt;
    return PartName{m[1].str(), index, std::nullopt, m[2].str(), "numbers"};
  }
  bool isPart = std::regex_match(fileName, m, partOf);
  if (isPart || std::regex_match(fileName, m, chunkOf)) {
    int index = std::stoi(m[2].str());
    int count = std::stoi(m[3].str());
    if (index < 1 || count < 1 || index > count)
      return std::nullopt;
    if (isPart)
      return PartName{m[1].str(), index, count, "part" + m[2].str() + "of" + m[3].str(), "part-of"};
    return PartName{m[1].str() + ".gguf", index, count, m[2].str(), "chunk-of"};
  }
  return std::nullopt;
}

std::string partSuffix(const PartName& sample, int index) {
  auto padded = [](int number, std::size_t width) {
    auto digits = std::to_string(number);
    return std::string(digits.size() < width ? width - digits.size() : 0, '0') + digits;
  };
  if (sample.style == "letters" || sample.style == "split-letters") {
    std::string letters;
    for (int value = index - 1; letters.size() < sample.suffix.size() || value > 0; value /= 26)
      letters.insert(letters.begin(), static_cast<char>('a' + value % 26));
    return letters;
  }
  if (sample.style == "numbers")
    return padded(sample.suffix.size() == 2 ? index - 1 : index, sample.suffix.size());
  if (sample.style == "part-of")
    return "part" + std::to_string(index) + "of" + std::to_string(sample.count.value_or(index));
  return padded(index, sample.suffix.size());
}

std::string shardFileName(const std::string& prefix, int number, int count) {
  char tail[32];
  std::snprintf(tail, sizeof tail, "-%05d-of-%05d.gguf", number, count);
  return prefix + tail;
}

} // namespace md::gguf
