// The Environment page's model store move: when OLLAMA_MODELS changes to a
// new folder and the old one holds models, offer to move them; plan (with
// refusals), copy and verify with the progress panel, switch the variable
// only when every model is verified, then ask whether to delete the old copy.

#include <QDir>
#include <QLocale>

#include "core/util/paths.h"
#include "ui/env/env_core.h"
#include "ui/env/env_texts.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/environment_page.h"
#include "ui/shell/banner.h"
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
                 .arg(models.join(QStringLiteral(", ")), QString::fromStdString(blob.name),
                      QString::fromStdString(blob.problem));
  }
  return lines.join(QLatin1Char('\n'));
}

} // namespace

void EnvironmentPage::changeModelsFolder(const QString& value) {
  EnvVariableRow* modelsRow = rows_.value(QStringLiteral("OLLAMA_MODELS"));
  const std::string from = modelsRow->state().effective;
  const std::string to = QDir::fromNativeSeparators(value).toStdString();
  auto core = core_;
  runJob(
      this,
      [core, from, to](ProgressReporter&) -> Result<bool> {
        {
          std::lock_guard lock(core->mutex);
          if (auto valid = core->manager.planSet("OLLAMA_MODELS", to); !valid)
            return valid.error();
        }
        std::error_code ec;
        const bool same = std::filesystem::equivalent(pathFromUtf8(from), pathFromUtf8(to), ec);
        return !same && env::storeHoldsModels(pathFromUtf8(from));
      },
      [this, from, to, value](Result<bool> holdsModels) {
        if (!holdsModels) {
          banner_->showError(holdsModels.error());
          Q_EMIT changeFinished(false);
          return;
        }
        if (!*holdsModels)
          return persist(QStringLiteral("OLLAMA_MODELS"), to);
        switch (movePrompt_(native(from), QDir::toNativeSeparators(value))) {
        case MoveChoice::Move: return startMove(from, to);
        case MoveChoice::SetOnly: return persist(QStringLiteral("OLLAMA_MODELS"), to);
        case MoveChoice::Cancel: Q_EMIT changeFinished(false); return;
        }
      });
}

void EnvironmentPage::startMove(const std::string& from, const std::string& to) {
  banner_->clear();
  runJob(
      this, [from, to](ProgressReporter&) { return env::planStoreMove(pathFromUtf8(from), pathFromUtf8(to)); },
      [this](Result<env::StoreMovePlan> planned) {
        if (!planned) {
          banner_->showError(planned.error());
          Q_EMIT moveFinished(false);
          return;
        }
        auto plan = std::make_shared<const env::StoreMovePlan>(std::move(*planned));
        QStringList notes;
        for (const auto warning : plan->warnings)
          notes << moveWarningText(warning, *plan);
        if (!plan->damaged.empty())
          notes << tr("These models are damaged and stay in the old folder:\n%1").arg(damagedList(plan->damaged));
        banner_->showMessage(Banner::Kind::Warning, notes.join(QLatin1Char('\n')));
        JobHandle* job = runJob(
            this, [plan](ProgressReporter& progress) { return env::moveStore(*plan, progress); },
            [this, plan](Result<env::StoreMoveReport> report) {
              moveProgress_->setVisible(false);
              if (!report) {
                if (report.error().code == ErrorCode::Cancelled)
                  banner_->showMessage(Banner::Kind::Info,
                                       tr("The move was stopped and OLLAMA_MODELS was not changed. What was copied "
                                          "and verified stays in %1; applying the folder again resumes the move.")
                                           .arg(native(pathToUtf8(plan->target))));
                else
                  banner_->showError(report.error());
                Q_EMIT moveFinished(false);
                return;
              }
              finishMove(plan, *report);
            });
        moveProgress_->setVisible(true);
        moveProgress_->track(job);
      });
}

void EnvironmentPage::finishMove(const std::shared_ptr<const env::StoreMovePlan>& plan,
                                 const env::StoreMoveReport& report) {
  if (!report.complete()) {
    banner_->showMessage(Banner::Kind::Error,
                         tr("OLLAMA_MODELS was not changed: these models are damaged (a file does not match its "
                            "SHA-256) and were left in the old folder, untouched:\n%1\nRemove them or pull them "
                            "again, then apply the folder again; what was verified is kept.")
                             .arg(damagedList(report.damaged)));
    Q_EMIT moveFinished(false);
    return;
  }
  const QString target = native(pathToUtf8(plan->target));
  persist(QStringLiteral("OLLAMA_MODELS"), pathToUtf8(plan->target), [this, plan, report, target](bool ok) {
    if (!ok) {
      Q_EMIT moveFinished(false);
      return;
    }
    const int models = int(report.movedManifests.size());
    const QString source = native(pathToUtf8(plan->source));
    if (!deletePrompt_(source)) {
      banner_->showMessage(Banner::Kind::Success,
                           tr("Moved %1 models to %2 and verified every file. The old copy stays in %3.")
                               .arg(models)
                               .arg(target, source));
      Q_EMIT moveFinished(true);
      return;
    }
    runJob(
        this, [plan, report](ProgressReporter&) { return env::deleteMovedSource(*plan, report); },
        [this, models, target](Result<env::SourceCleanup> cleanup) {
          if (!cleanup)
            banner_->showError(cleanup.error());
          else
            banner_->showMessage(Banner::Kind::Success,
                                 tr("Moved %1 models to %2 and verified every file. Deleted %3 from the old folder.")
                                     .arg(models)
                                     .arg(target, sizeText(cleanup->bytesFreed)));
          Q_EMIT moveFinished(cleanup.ok());
        });
  });
}

} // namespace ui
} // namespace md
