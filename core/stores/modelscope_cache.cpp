#include "core/stores/modelscope_cache.h"

#include "core/stores/file_walk.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

bool isSidecar(const std::string& name) {
  return name == ".mdl" || name == ".msc" || name == ".mv";
}

bool isReservedFolder(const std::string& name) {
  return name.empty() || name[0] == '.' || name == "models" || name == "hub" || name == "datasets";
}

class ModelScopeScanner {
public:
  ModelScopeScanner(const fs::path& root, const CancelToken* cancel) : root_(root), walker_(scan_.notes, cancel) {}

  SourceScan run() {
    if (!fs::is_directory(root_)) {
      scan_.notes.emplace_back(root_, Message(MessageId::NoModelScopeCacheHere));
      return std::move(scan_);
    }
    std::vector<fs::path> bases{root_ / "hub" / "models", root_ / "models", root_ / "hub"};
    if (root_.filename() == "hub")
      bases.push_back(root_);
    for (const fs::path& base : bases) {
      if (fs::is_directory(base))
        scanBase(base);
      for (const fs::path& temp : {base / "._____temp", base / ".___temp"})
        if (fs::is_directory(temp))
          scanTemp(temp);
    }
    return std::move(scan_);
  }

private:
  void scanBase(const fs::path& base) {
    for (const fs::path& org : walker_.list(base)) {
      const std::string orgName = pathToUtf8(org.filename());
      const FileStat stat = statFile(org);
      if (isReservedFolder(orgName) || !stat.isDirectory)
        continue;
      for (const fs::path& repo : walker_.list(org)) {
        const FileStat repoStat = statFile(repo);
        if (repoStat.isDirectory && pathToUtf8(repo.filename())[0] != '.')
          scanRepo(repo, modelScopeDecodeName(orgName) + "/" + modelScopeDecodeName(pathToUtf8(repo.filename())));
      }
    }
  }

  void scanRepo(const fs::path& repo, const std::string& modelId) {
    std::vector<std::string> hints;
    for (const char* sidecar : {".mdl", ".msc", ".mv"})
      if (fs::exists(repo / sidecar))
        hints.push_back(std::string("modelscope") + sidecar);
    walker_.walk(repo, [&](const fs::path& file, const FileStat& stat) {
      const std::string name = pathToUtf8(file.filename());
      if (isSidecar(name))
        return;
      StoreEntry entry = makeEntry(file, stat);
      entry.model = modelId;
      entry.displayName = modelId + "/" + pathToUtf8(file.lexically_relative(repo));
      entry.hints = hints;
      scan_.entries.push_back(std::move(entry));
    });
  }

  void scanTemp(const fs::path& temp) {
    walker_.walk(temp, [&](const fs::path& file, const FileStat& stat) {
      StoreEntry entry = makeEntry(file, stat);
      entry.partial = true;
      entry.model = "(partial downloads)";
      entry.displayName = pathToUtf8(file.lexically_relative(temp));
      scan_.entries.push_back(std::move(entry));
    });
  }

  StoreEntry makeEntry(const fs::path& file, const FileStat& stat) const {
    StoreEntry entry = fileEntry(SourceKind::ModelScope, root_, file, stat);
    entry.gguf = endsWith(lowerAscii(pathToUtf8(file.filename())), ".gguf");
    return entry;
  }

  fs::path root_;
  SourceScan scan_;
  DirectoryWalker walker_;
};

} // namespace

std::string modelScopeDecodeName(std::string name) {
  for (auto at = name.find("___"); at != std::string::npos; at = name.find("___", at + 1))
    name.replace(at, 3, ".");
  return name;
}

SourceScan scanModelScopeCache(const fs::path& root, const CancelToken* cancel) {
  return ModelScopeScanner(root, cancel).run();
}

} // namespace md::stores
