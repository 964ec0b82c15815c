#include "ui/env/env_texts.h"

#include <QDir>

#include "core/env/secret_mask.h"
#include "core/util/paths.h"
#include "ui/env/environment_page.h"
#include "ui/shell/core_text.h"

namespace md {
namespace ui {

QString variablePurpose(const QString& name) {
  // Written out so lupdate sees each one; the catalog keeps the English.
  if (name == QLatin1String("OLLAMA_MODELS"))
    return EnvironmentPage::tr("Where Ollama stores its models");
  if (name == QLatin1String("OLLAMA_HOST"))
    return EnvironmentPage::tr("The address the Ollama server listens on");
  if (name == QLatin1String("HF_HOME"))
    return EnvironmentPage::tr("The Hugging Face cache and settings");
  if (name == QLatin1String("MODELSCOPE_CACHE"))
    return EnvironmentPage::tr("The ModelScope download cache");
  if (name == QLatin1String("DASHSCOPE_API_KEY"))
    return EnvironmentPage::tr("API key for Qwen models on DashScope");
  if (name == QLatin1String("WANDB_API_KEY"))
    return EnvironmentPage::tr("API key for Weights & Biases");
  if (name == QLatin1String("OLLAMA_KEEP_ALIVE"))
    return EnvironmentPage::tr("How long a model stays loaded after use");
  if (name == QLatin1String("OLLAMA_CONTEXT_LENGTH"))
    return EnvironmentPage::tr("Default context length in tokens");
  if (name == QLatin1String("OLLAMA_NUM_PARALLEL"))
    return EnvironmentPage::tr("Requests each model serves at once");
  if (name == QLatin1String("OLLAMA_MAX_LOADED_MODELS"))
    return EnvironmentPage::tr("Models kept loaded at once");
  if (name == QLatin1String("OLLAMA_MAX_QUEUE"))
    return EnvironmentPage::tr("Requests queued before the server refuses more");
  if (name == QLatin1String("OLLAMA_FLASH_ATTENTION"))
    return EnvironmentPage::tr("Use flash attention");
  if (name == QLatin1String("OLLAMA_KV_CACHE_TYPE"))
    return EnvironmentPage::tr("Quantization of the K/V cache (f16, q8_0, q4_0)");
  if (name == QLatin1String("OLLAMA_ORIGINS"))
    return EnvironmentPage::tr("Extra origins allowed to call the API");
  if (name == QLatin1String("OLLAMA_NOPRUNE"))
    return EnvironmentPage::tr("Do not delete unused blobs at start-up");
  if (name == QLatin1String("OLLAMA_DEBUG"))
    return EnvironmentPage::tr("Verbose server logs");
  return {};
}

QString restartAdvice(env::Os os, bool ollamaService) {
  switch (os) {
  case env::Os::Windows:
    return EnvironmentPage::tr("The Ollama app reads the new value only when it starts: quit Ollama from its tray "
                               "icon and start it again. Terminals and editors opened before the change need a "
                               "restart too.");
  case env::Os::MacOs:
    return EnvironmentPage::tr("Quit Ollama from the menu bar and open it again. Open a new terminal to see the "
                               "change there.");
  case env::Os::Linux:
    return ollamaService
               ? EnvironmentPage::tr("Ollama runs as a system service, which does not read your settings: apply "
                                     "them to the service, which restarts it (sudo systemctl daemon-reload && sudo "
                                     "systemctl restart ollama). Log out and back in for your desktop session.")
               : EnvironmentPage::tr("Quit Ollama (ollama serve) and start it again from a new login session: log "
                                     "out and back in so your desktop session sees the change.");
  }
  return {};
}

QString appOverrideText(const env::AppOverride& override, const QString& database) {
  return EnvironmentPage::tr("The Ollama app starts the server with %1=%2, from its setting “%3” (kept in %4): "
                             "that wins over the value above. Change it in the Ollama app’s settings.")
      .arg(QString::fromStdString(override.variable), QString::fromStdString(override.value),
           QString::fromStdString(override.setting), database);
}

QString moveWarningText(env::MoveWarning warning, const env::StoreMovePlan& plan) {
  switch (warning) {
  case env::MoveWarning::QuitOllama:
    return EnvironmentPage::tr("Quit Ollama before the move, and start it again only once OLLAMA_MODELS points at "
                               "the new folder: at start-up Ollama deletes blobs that no manifest uses, and a model "
                               "being copied has such blobs.");
  case env::MoveWarning::DesktopAppLocation:
    return EnvironmentPage::tr("If you use the Ollama desktop app, its Settings → “Model location” overrides "
                               "OLLAMA_MODELS: set it to the new folder there too.");
  case env::MoveWarning::LeftBehind:
    return EnvironmentPage::tr("Files that no model uses (%1: partial downloads, leftovers) stay in the old folder.")
        .arg(plan.leftBehind);
  case env::MoveWarning::ServiceUserOwns:
    return EnvironmentPage::tr("Ollama's system service runs as the “ollama” user, which must own the new folder: "
                               "sudo chown -R ollama:ollama '%1'")
        .arg(QDir::toNativeSeparators(QString::fromStdString(pathToUtf8(plan.target))));
  }
  return {};
}

QString appSettingRestoreText(const env::AppSettingRestore& restore) {
  using Outcome = env::AppSettingRestoreOutcome;
  const auto shown = [](const std::string& value) {
    return value.empty() ? EnvironmentPage::tr("(not set)") : QDir::toNativeSeparators(QString::fromStdString(value));
  };
  switch (restore.outcome) {
  case Outcome::Updated:
    return EnvironmentPage::tr("The Ollama app's model location is %1 again (it was %2; its settings database was "
                               "backed up to %3 first).")
        .arg(shown(restore.target), shown(restore.previous), shown(pathToUtf8(restore.backup)));
  case Outcome::NotChanged:
    return EnvironmentPage::tr("The Ollama app's model location was left as it is: the move did not change it.");
  case Outcome::AlreadySet:
    return EnvironmentPage::tr("The Ollama app's model location already is %1.").arg(shown(restore.target));
  case Outcome::ChangedSince:
    return EnvironmentPage::tr("The Ollama app's model location was left at %1: it was changed since ModelDesk set "
                               "it to %2.")
        .arg(shown(restore.previous), shown(restore.expected));
  case Outcome::NoDatabase:
    return EnvironmentPage::tr("The Ollama app's settings database is gone: its model location was not put back.");
  case Outcome::AppRunning:
  case Outcome::Failed: break;
  }
  const QString why = restore.error ? describeError(*restore.error) : QString();
  return EnvironmentPage::tr("The Ollama app's model location was left at %1: %2").arg(shown(restore.previous), why);
}

} // namespace ui
} // namespace md
