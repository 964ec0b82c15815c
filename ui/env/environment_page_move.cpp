// The Environment page's model store move: when OLLAMA_MODELS changes to a
// new folder and the old one holds models, offer to move them; plan (with
// refusals), copy and verify with the progress panel, switch the variable
// only when every model is verified, then ask whether to delete the old copy.
// When the Ollama desktop app has a model location of its own, the question
// offers to change it too (core/env/ollama_app_settings_update.h); what it
// did is kept with the move's change in the history, so Undo puts it back.

#include <QDir>
#include <QLocale>

#include "core/env/app_setting_history.h"
#include "core/env/ollama_app_settings_update.h"
#include "core/util/paths.h"
#include "ui/env/env_core.h"
#include "ui/env/env_texts.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

QString native(const std::string& path) {
  return QDir::toNativeSeparators(QString::fromStdString(path));
}

QString damagedList(const std::vector<env::DamagedBlob>& damaged) {
  QStringList lines;
  for (const auto& blob : damaged) {
    QStringList models;
    for (const auto& model : blob.models)
      models << QString::fromStdString(model);
    lines << QStringLiteral("%1 (%2): %3")
                 .arg(listText(models), QString::fromStdString(blob.name), QString::fromStdString(blob.problem));
  }
  return lines.join(QLatin1Char('\n'));
}

// What changeModelsFolder's check found.
struct FolderChange {
  bool holdsModels = false;          // the old folder holds models: offer the move
  std::filesystem::path appDatabase; // the Ollama app's settings
  std::string appModels;             // its model location when it names another folder
};

} // namespace

void EnvironmentPage::changeModelsFolder(const QString& value) {
  EnvVariableRow* modelsRow = rows_.value(QStringLiteral("OLLAMA_MODELS"));
  const std::string from = modelsRow->state().effective;
  const std::string to = QDir::fromNativeSeparators(value).toStdString();
  auto core = core_;
  runJob(
      this,
      [core, from, to](ProgressReporter&) -> Result<FolderChange> {
        FolderChange change;
        {
          std::lock_guard lock(core->mutex);
          if (auto valid = core->manager.planSet("OLLAMA_MODELS", to); !valid)
            return valid.error();
          change.appDatabase = env::ollamaAppDatabasePath(core->context);
        }
        std::error_code ec;
        const bool same = std::filesystem::equivalent(pathFromUtf8(from), pathFromUtf8(to), ec);
        change.holdsModels = !same && env::storeHoldsModels(pathFromUtf8(from));
        auto app = env::checkOllamaAppModels(change.appDatabase, pathFromUtf8(to));
        if (app && app->need == env::AppModelsNeed::Change)
          change.appModels = app->current;
        return change;
      },
      [this, from, to, value](Result<FolderChange> change) {
        if (!change) {
          banner_->showError(change.error());
          Q_EMIT changeFinished(false);
          return;
        }
        if (!change->holdsModels)
          return persist(QStringLiteral("OLLAMA_MODELS"), to);
        appModelsOffer_ = native(change->appModels);
        const MoveAnswer answer = movePrompt_(native(from), QDir::toNativeSeparators(value));
        appModelsOffer_.clear();
        const bool updateApp = answer.updateAppSetting && !change->appModels.empty();
        const auto database = updateApp ? change->appDatabase : std::filesystem::path();
        switch (answer.choice) {
        case MoveChoice::Move: return startMove(from, to, database);
        case MoveChoice::SetOnly:
          return persist(QStringLiteral("OLLAMA_MODELS"), to, [this, to, database](bool ok) {
            if (ok && !database.empty())
              updateAppModels(database, to, [this](Banner::TextSource note, bool changed) {
                banner_->showMessage(changed ? Banner::Kind::Success : Banner::Kind::Warning, std::move(note));
              });
          });
        case MoveChoice::Cancel: Q_EMIT changeFinished(false); return;
        }
      });
}

void EnvironmentPage::updateAppModels(const std::filesystem::path& database, const std::string& to,
                                      std::function<void(Banner::TextSource note, bool changed)> then) {
  auto core = core_;
  runJob(
      this,
      [core, database, to](ProgressReporter&) {
        std::lock_guard lock(core->mutex); // recorded with the move's change in the history, for its undo
        return env::moveOllamaAppModels(core->manager.history(), database, to);
      },
      [this, to, then](Result<env::AppModelsUpdate> update) {
        if (update)
          then(
              [to, backup = pathToUtf8(update->backup)] {
                return tr("The Ollama app's model location is now %1 (its settings database was backed up to %2 "
                          "first).")
                    .arg(native(to), native(backup));
              },
              true);
        else
          then(
              [error = update.error()] {
                return tr("The Ollama app's model location was not changed: %1").arg(describeError(error));
              },
              false);
        Q_EMIT appSettingUpdated(update.ok());
      });
}

void EnvironmentPage::startMove(const std::string& from, const std::string& to,
                                const std::filesystem::path& appDatabase) {
  banner_->clear();
  runJob(
      this, [from, to](ProgressReporter&) { return env::planStoreMove(pathFromUtf8(from), pathFromUtf8(to)); },
      [this, appDatabase](Result<env::StoreMovePlan> planned) {
        if (!planned) {
          banner_->showError(planned.error());
          Q_EMIT moveFinished(false);
          return;
        }
        auto plan = std::make_shared<const env::StoreMovePlan>(std::move(*planned));
        banner_->showMessage(Banner::Kind::Warning, [plan] {
          QStringList notes;
          for (const auto warning : plan->warnings)
            notes << moveWarningText(warning, *plan);
          if (!plan->damaged.empty())
            notes << tr("These models are damaged and stay in the old folder:\n%1").arg(damagedList(plan->damaged));
          return notes.join(QLatin1Char('\n'));
        });
        JobHandle* job = runJob(
            this, [plan](ProgressReporter& progress) { return env::moveStore(*plan, progress); },
            [this, plan, appDatabase](Result<env::StoreMoveReport> report) {
              moveProgress_->setVisible(false);
              if (!report) {
                if (report.error().code == ErrorCode::Cancelled)
                  banner_->showMessage(Banner::Kind::Info, [target = pathToUtf8(plan->target)] {
                    return tr("The move was stopped and OLLAMA_MODELS was not changed. What was copied and verified "
                              "stays in %1; applying the folder again resumes the move.")
                        .arg(native(target));
                  });
                else
                  banner_->showError(report.error());
                Q_EMIT moveFinished(false);
                return;
              }
              finishMove(plan, *report, appDatabase);
            });
        moveProgress_->setVisible(true);
        moveProgress_->track(job);
      });
}

void EnvironmentPage::finishMove(const std::shared_ptr<const env::StoreMovePlan>& plan,
                                 const env::StoreMoveReport& report, const std::filesystem::path& appDatabase) {
  if (!report.complete()) {
    banner_->showMessage(Banner::Kind::Error, [damaged = damagedList(report.damaged)] {
      return tr("OLLAMA_MODELS was not changed: these models are damaged (a file does not match its SHA-256) and were "
                "left in the old folder, untouched:\n%1\nRemove them or pull them again, then apply the folder again; "
                "what was verified is kept.")
          .arg(damaged);
    });
    Q_EMIT moveFinished(false);
    return;
  }
  const std::string to = pathToUtf8(plan->target);
  persist(QStringLiteral("OLLAMA_MODELS"), to, [this, plan, report, to, appDatabase](bool ok) {
    if (!ok) {
      Q_EMIT moveFinished(false);
      return;
    }
    if (appDatabase.empty())
      return afterMoveSwitched(plan, report, {}, true);
    updateAppModels(appDatabase, to, [this, plan, report](Banner::TextSource note, bool changed) {
      afterMoveSwitched(plan, report, std::move(note), changed);
    });
  });
}

// OLLAMA_MODELS (and the app's setting, if asked) names the new folder: ask
// about the old copy, then say what happened.
void EnvironmentPage::afterMoveSwitched(const std::shared_ptr<const env::StoreMovePlan>& plan,
                                        const env::StoreMoveReport& report, Banner::TextSource appNote, bool appOk) {
  const int models = int(report.movedManifests.size());
  const QString target = native(pathToUtf8(plan->target));
  const QString source = native(pathToUtf8(plan->source));
  const auto say = [this, appNote, appOk](Banner::TextSource text) {
    banner_->showMessage(appOk ? Banner::Kind::Success : Banner::Kind::Warning, [text, appNote]() -> QString {
      return appNote ? text() + QLatin1Char('\n') + appNote() : text();
    });
  };
  if (!deletePrompt_(source)) {
    say([models, target, source] {
      return tr("Moved %1 models to %2 and verified every file. The old copy stays in %3.")
          .arg(models)
          .arg(target, source);
    });
    Q_EMIT moveFinished(true);
    return;
  }
  runJob(
      this, [plan, report](ProgressReporter&) { return env::deleteMovedSource(*plan, report); },
      [this, models, target, say](Result<env::SourceCleanup> cleanup) {
        if (!cleanup)
          banner_->showError(cleanup.error());
        else
          say([models, target, freed = cleanup->bytesFreed] {
            return tr("Moved %1 models to %2 and verified every file. Deleted %3 from the old folder.")
                .arg(models)
                .arg(target, sizeText(freed));
          });
        Q_EMIT moveFinished(cleanup.ok());
      });
}

} // namespace ui
} // namespace md
