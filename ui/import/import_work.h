#pragma once
// The import flow's jobs, run on the job pool by the dialog (never on the GUI
// thread): the plan (folders opened to their GGUF files, the server asked its
// version), the preflight (with the free space of the volume written), and
// the run. Each takes copies or shared, immutable inputs.

#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/ollama/import_flow.h"
#include "ui/import/import_text.h"

namespace md {
namespace ui {

// The plan of the files, for the server's version; when the server does not
// answer, for `fallback`, with the reason kept.
struct ImportSetup {
  std::shared_ptr<const md::ollama::ImportPlan> plan;
  std::vector<std::filesystem::path> inputs; // folders replaced by the GGUF files in them
  std::optional<md::Error> serverError;      // "Ollama is not running at …"
};

// Files as given; a folder gives the GGUF files directly in it (by name).
std::vector<std::filesystem::path> importInputs(const QStringList& paths);

ImportSetup planImportJob(const std::string& host, const QStringList& paths, const md::Version& fallback,
                          md::ProgressReporter& progress);

// The preflight for one name; the store is probed only when `store` is empty
// (the check then carries what it found, for the next names).
PreflightCheck preflightImportJob(const std::string& host, std::shared_ptr<const md::ollama::ImportPlan> plan,
                                  const md::ollama::ImportOptions& options,
                                  std::optional<md::ollama::ImportStore> store, md::ProgressReporter& progress);

} // namespace ui
} // namespace md
