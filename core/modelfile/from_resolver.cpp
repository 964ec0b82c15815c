#include "core/modelfile/from_resolver.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <system_error>

#include "core/util/paths.h"

namespace md::modelfile {

namespace fs = std::filesystem;

namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

fs::path homeFolder() {
#ifdef _WIN32
  const char* home = std::getenv("USERPROFILE");
#else
  const char* home = std::getenv("HOME");
#endif
  return home ? pathFromUtf8(home) : fs::path();
}

bool isNamePart(std::string_view part, bool allowDot, bool allowColon, std::size_t maxLength) {
  if (part.empty() || part.size() > maxLength)
    return false;
  if (!std::isalnum(static_cast<unsigned char>(part.front())) && part.front() != '_')
    return false;
  return std::all_of(part.begin(), part.end(), [&](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || (allowDot && c == '.') ||
           (allowColon && c == ':');
  });
}

} // namespace

fs::path expandModelfilePath(std::string_view value, const fs::path& modelfileDir) {
  fs::path path;
  if (value == "~")
    path = homeFolder();
  else if (value.size() >= 2 && value[0] == '~' && (value[1] == '/' || value[1] == '\\'))
    path = homeFolder() / pathFromUtf8(value.substr(2));
  else
    path = pathFromUtf8(value);
  if (path.is_relative() && !modelfileDir.empty())
    path = modelfileDir / path;
  return path.lexically_normal();
}

bool isValidModelName(std::string_view name) {
  std::string_view rest = name;
  const std::size_t slash = rest.rfind('/');
  const std::size_t colon = rest.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    if (!isNamePart(rest.substr(colon + 1), true, false, 80))
      return false;
    rest = rest.substr(0, colon);
  }
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = rest.find('/', start);
    parts.push_back(rest.substr(start, end - start));
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  if (parts.size() > 3)
    return false;
  const std::size_t n = parts.size();
  if (!isNamePart(parts[n - 1], true, false, 80))
    return false;
  if (n >= 2 && !isNamePart(parts[n - 2], false, false, 80))
    return false;
  return n < 3 || isNamePart(parts[0], true, true, 350);
}

bool looksLikePath(std::string_view value) {
  if (value.empty())
    return false;
  const char first = value.front();
  if (first == '/' || first == '.' || first == '~' || first == '\\')
    return true;
  if (value.size() >= 2 && std::isalpha(static_cast<unsigned char>(first)) && value[1] == ':')
    return true; // C:\…
  if (value.find_first_of("\\ \t") != std::string_view::npos)
    return true;
  const std::string lower = lowercase(value);
  return endsWith(lower, ".gguf") || endsWith(lower, ".bin") || endsWith(lower, ".safetensors");
}

Result<FromTarget> resolveFrom(std::string_view value, const fs::path& modelfileDir) {
  if (value.empty())
    return makeError(ErrorCode::Invalid, Message(MessageId::ModelfileNeedsTarget, {"FROM"}));
  const fs::path path = expandModelfilePath(value, modelfileDir);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  FromTarget target;
  if (!ec && fs::is_regular_file(status)) {
    target.kind = FromKind::File;
    target.path = path;
    target.files = {path};
    return target;
  }
  if (!ec && fs::is_directory(status)) {
    target.kind = FromKind::Folder;
    target.path = path;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (lowercase(pathToUtf8(it->path().extension())) == ".gguf" && it->is_regular_file(ec))
        target.files.push_back(it->path());
    }
    if (ec)
      return makeError(ErrorCode::Io, Message(MessageId::CannotListFolder, {pathToUtf8(path), ec.message()}),
                       {path, {}, {}, {}});
    if (target.files.empty())
      return makeError(ErrorCode::NotFound, Message(MessageId::FolderHasNoGguf, {pathToUtf8(path)}),
                       {path, {}, {}, {}});
    std::sort(target.files.begin(), target.files.end());
    return target;
  }
  if (looksLikePath(value) || !isValidModelName(value))
    return makeError(ErrorCode::NotFound,
                     looksLikePath(value) ? Message(MessageId::NoSuchFileOrFolder, {pathToUtf8(path)})
                                          : Message(MessageId::NeitherFileNorModelName, {std::string(value)}),
                     {path, {}, {}, {}});
  target.kind = FromKind::ModelName;
  target.modelName = std::string(value);
  return target;
}

} // namespace md::modelfile
