// libFuzzer target for the Hugging Face and ModelScope cache scanners: each
// input is a folder tree, as records (fuzz_support.h) "file <path>\n<bytes>",
// "dir <path>" or "link <path>\n<target>" (a symlink; its target must stay
// inside the tree). That covers refs/ files, snapshot and blob names,
// symlinks (dangling, looping, into blobs/) and ModelScope's .mdl/.msc/.mv
// sidecars and ___ names. The tree is written into a scratch folder and
// both scanners run over it. Promises checked: the scans end, every entry
// lies inside the tree, and a blob hash is 64 hex digits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/stores/file_walk.h"
#include "core/stores/hf_cache.h"
#include "core/stores/modelscope_cache.h"
#include "core/util/paths.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

namespace fs = std::filesystem;
using md::fuzz::check;

// A symlink at `link` pointing at `targetText` (relative), made only in a
// folder that is really inside the tree (an earlier symlink may lead out).
bool writeLink(const std::string& inside, const fs::path& link, std::string_view targetText) {
  std::string text(targetText.substr(0, targetText.find('\n')));
  std::erase(text, '\0');
  std::error_code error;
  const fs::path folder = fs::canonical(link.parent_path(), error);
  if (error || text.empty() || text.front() == '/' || text.size() > 1024 ||
      (folder.string() + "/").rfind(inside, 0) != 0)
    return false;
  fs::create_symlink(text, link, error);
  return !error;
}

// Symlinks that resolve outside the tree are removed, so no scan wanders
// off into the machine (dangling and looping ones stay: they are inside).
void dropEscapingLinks(const std::string& inside, const std::vector<fs::path>& links) {
  std::error_code error;
  for (const fs::path& link : links) {
    const fs::path target = fs::canonical(link, error);
    if (!error && (target.string() + "/").rfind(inside, 0) != 0)
      fs::remove(link, error);
  }
}

struct Record {
  std::string_view kind;
  fs::path relative;
  std::string_view body;
};

std::vector<Record> readRecords(std::string_view input) {
  std::vector<Record> records;
  for (std::string_view record : md::fuzz::splitRecords(input)) {
    const auto newline = record.find('\n');
    const std::string_view head = record.substr(0, newline);
    const auto space = head.find(' ');
    if (space == std::string_view::npos)
      continue;
    Record parsed{head.substr(0, space), md::fuzz::safeRelativePath(head.substr(space + 1), 8),
                  newline == std::string_view::npos ? std::string_view() : record.substr(newline + 1)};
    if (!parsed.relative.empty())
      records.push_back(parsed);
  }
  return records;
}

// Files and folders first, symlinks last: no write goes through a symlink.
void writeTree(const fs::path& root, std::string_view input) {
  fs::create_directories(root);
  const std::vector<Record> records = readRecords(input);
  std::error_code error;
  for (const Record& record : records) {
    if (record.kind == "file")
      md::fuzz::writeFile(root / record.relative, record.body);
    else if (record.kind == "dir")
      fs::create_directories(root / record.relative, error);
    for (const auto& component : record.relative) { // the name decoders see every name
      (void)md::stores::huggingFaceRepoId(md::pathToUtf8(component));
      (void)md::stores::modelScopeDecodeName(md::pathToUtf8(component));
    }
  }
  const std::string inside = fs::canonical(root, error).string() + "/";
  std::vector<fs::path> links;
  for (const Record& record : records)
    if (record.kind == "link" && writeLink(inside, root / record.relative, record.body))
      links.push_back(root / record.relative);
  dropEscapingLinks(inside, links);
}

void checkScan(const md::stores::SourceScan& scan, const fs::path& root) {
  const std::string rootText = root.string();
  for (const auto& entry : scan.entries) {
    check(entry.path.string().rfind(rootText, 0) == 0, "a scan entry lies outside the scanned tree");
    check(entry.sha256.empty() || md::stores::isHexDigest(entry.sha256, 64), "a blob hash that is not 64 hex digits");
    check(!entry.displayName.empty(), "a scan entry without a name");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path root = md::fuzz::scratch() / "cache";
  md::fuzz::emptyFolder(md::fuzz::scratch());
  writeTree(root, md::fuzz::asText(data, size));
  checkScan(md::stores::scanHuggingFaceCache(root), root);
  checkScan(md::stores::scanModelScopeCache(root), root);
  return 0;
}
