#pragma once

#include <QHash>
#include <QPointer>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/env/key_check.h"
#include "core/env/model_store_move.h"
#include "ui/shell/page.h"

class QFileSystemWatcher;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QWidget;

namespace md {
namespace ui {

class Banner;
class EnvHistoryView;
class EnvVariableRow;
class JobHandle;
class ProgressPanel;
struct EnvCore;

// Environment: every variable of the Ollama workflow, one row each, read and
// saved through core/env (the backend of this OS, a backup in the history
// first), with a value's problem shown under its field, folder sizes measured
// in the background (again when the page is shown and when a watched folder
// changes), key checks, the change history with Undo and Redo of any change
// that does not conflict, a banner saying how to restart Ollama after a
// change it reads (recomputed after an undo), and moving the model store
// when OLLAMA_MODELS changes.
// Every core call runs on the job pool; values of secrets are never logged.
class EnvironmentPage : public Page {
  Q_OBJECT
public:
  enum class MoveChoice { Move, SetOnly, Cancel };
  // The choice, and whether to change the Ollama app's model location too.
  struct MoveAnswer {
    MoveAnswer(MoveChoice answered, bool appSetting = false) : choice(answered), updateAppSetting(appSetting) {}
    MoveChoice choice;
    bool updateAppSetting;
  };
  using MovePrompt = std::function<MoveAnswer(const QString& from, const QString& to)>;
  using DeletePrompt = std::function<bool(const QString& oldFolder)>;
  // Shows the service override; true when the user wants it written as root.
  using ServicePrompt = std::function<bool(const QString& file, const QString& content)>;

  explicit EnvironmentPage(QWidget* parent = nullptr);
  ~EnvironmentPage() override;

  QString title() const override { return tr("Environment"); }
  QString iconName() const override { return QStringLiteral("environment"); }
  void receiveDrop(const DropDecision&) override {}

  void setKeyCheckEndpoints(const env::KeyCheckEndpoints& endpoints) { endpoints_ = endpoints; }
  void setMovePrompt(MovePrompt prompt) { movePrompt_ = std::move(prompt); }
  void setDeletePrompt(DeletePrompt prompt) { deletePrompt_ = std::move(prompt); }
  void setServicePrompt(ServicePrompt prompt) { servicePrompt_ = std::move(prompt); }

  // Actions, also used by tests.
  void reload();
  void applyValue(const QString& name, const QString& value);
  void resetToDefault(const QString& name);
  void undoLast() { undoChange(std::nullopt); }
  // The change with this id (the newest in effect, the last undone when none).
  void undoChange(std::optional<std::uint64_t> id);
  void redoChange(std::optional<std::uint64_t> id);
  void checkKey(const QString& name, const QString& value);
  void applyToOllamaService();

  EnvVariableRow* row(const QString& name) const;

Q_SIGNALS:
  void reloaded();
  void changeFinished(bool ok);
  void moveFinished(bool ok);
  void appSettingUpdated(bool ok); // the Ollama app's model location was (or was not) changed
  void keyChecked(const QString& name, bool valid);

protected:
  void retranslate() override;
  void showEvent(QShowEvent* event) override;

private:
  using Then = std::function<void(bool ok)>;
  void persist(const QString& name, const std::optional<std::string>& value, Then then = {});
  // Ollama must restart for a variable whose saved value is no longer the one
  // it had before the first change made here; the banner lists those.
  void noteOllamaChange(const std::string& name, const std::optional<std::string>& before,
                        const std::optional<std::string>& after);
  void showRestartBanner();
  void undoOrRedo(bool redo, std::optional<std::uint64_t> id);
  void measureSizes();
  void watchFolders(const QStringList& folders);
  void changeModelsFolder(const QString& value);
  void startMove(const std::string& from, const std::string& to, const std::filesystem::path& appDatabase);
  void finishMove(const std::shared_ptr<const env::StoreMovePlan>& plan, const env::StoreMoveReport& report,
                  const std::filesystem::path& appDatabase);
  void afterMoveSwitched(const std::shared_ptr<const env::StoreMovePlan>& plan, const env::StoreMoveReport& report,
                         std::function<QString()> appNote, bool appOk);
  // `then` gets what happened to the app's setting, as text built in the current language.
  void updateAppModels(const std::filesystem::path& database, const std::string& to,
                       std::function<void(std::function<QString()> note, bool changed)> then);

  std::shared_ptr<EnvCore> core_;
  env::KeyCheckEndpoints endpoints_;
  MovePrompt movePrompt_;
  QString appModelsOffer_; // the Ollama app's model location, while the move question is asked
  DeletePrompt deletePrompt_;
  ServicePrompt servicePrompt_;
  std::map<std::string, std::optional<std::string>> ollamaChanges_;  // for the service override
  std::map<std::string, std::optional<std::string>> ollamaBaseline_; // saved before the first change here
  QHash<QString, QPointer<JobHandle>> sizeJobs_;
  QHash<QString, QString> measured_; // the path each size is for
  QFileSystemWatcher* watcher_ = nullptr;
  QTimer* remeasure_ = nullptr; // gathers a burst of folder changes into one measurement
  // Folders that do not exist yet cannot be watched: while the page is
  // shown, they are looked for every few seconds (Ollama makes its store
  // on the first pull), and measured once one appears.
  QStringList missingFolders_;
  QTimer* lookForMissing_ = nullptr;
  void lookForMissingFolders();

  Banner* banner_ = nullptr;
  Banner* restartBanner_ = nullptr;
  QPushButton* serviceButton_ = nullptr;
  ProgressPanel* moveProgress_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QWidget* intro_ = nullptr;
  QToolButton* advancedToggle_ = nullptr;
  QWidget* advancedBox_ = nullptr;
  EnvHistoryView* history_ = nullptr;
  QHash<QString, EnvVariableRow*> rows_;
};

} // namespace ui
} // namespace md
