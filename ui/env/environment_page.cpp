#include "ui/env/environment_page.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/env/secret_mask.h"
#include "core/util/paths.h"
#include "ui/env/env_core.h"
#include "ui/env/env_history_view.h"
#include "ui/env/env_texts.h"
#include "ui/env/env_variable_row.h"
#include "ui/env/move_models_dialog.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"
#include "ui/shell/progress_panel.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

constexpr const char* kAdvancedKey = "environment/advancedExpanded";

struct Snapshot {
  std::vector<env::VariableState> states;
  std::vector<env::HistoryEntry> history;
  std::string appDatabase;                    // the Ollama app's settings database
  std::vector<env::AppOverride> appOverrides; // what the app starts the server with
};

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

// An error with every secret the page knows masked.
Error redacted(Error error, const std::vector<std::string>& secrets) {
  error.message = env::redactSecrets(error.message, secrets);
  return error;
}

} // namespace

EnvironmentPage::EnvironmentPage(QWidget* parent) : Page(parent), core_(std::make_shared<EnvCore>()) {
  auto* layout = new QVBoxLayout(this);
  banner_ = new Banner(this);
  banner_->setObjectName(QStringLiteral("envBanner"));
  restartBanner_ = new Banner(this);
  restartBanner_->setObjectName(QStringLiteral("restartBanner"));
  serviceButton_ = new QPushButton(this);
  serviceButton_->setObjectName(QStringLiteral("envServiceButton"));
  serviceButton_->setVisible(false);
  connect(serviceButton_, &QPushButton::clicked, this, &EnvironmentPage::applyToOllamaService);
  moveProgress_ = new ProgressPanel(this);
  moveProgress_->setObjectName(QStringLiteral("envMoveProgress"));
  moveProgress_->setVisible(false);
  auto* introLabel = new QLabel(this);
  introLabel->setWordWrap(true);
  intro_ = introLabel;
  // Made before the rows so that Tab reaches the Variables/History bar before
  // the fields under it (the focus chain follows creation order).
  tabs_ = new QTabWidget(this);

  auto* list = new QWidget(this);
  auto* rows = new QVBoxLayout(list);
  const auto addRows = [&](bool advancedOnes, QVBoxLayout* into) {
    for (const auto& info : env::catalog()) {
      if (info.advanced != advancedOnes)
        continue;
      auto* row = new EnvVariableRow(info, list);
      rows_.insert(q(info.name), row);
      into->addWidget(row);
      connect(row, &EnvVariableRow::applyRequested, this, &EnvironmentPage::applyValue);
      connect(row, &EnvVariableRow::resetRequested, this, &EnvironmentPage::resetToDefault);
      connect(row, &EnvVariableRow::checkKeyRequested, this, &EnvironmentPage::checkKey);
      connect(row, &EnvVariableRow::cancelSizeRequested, this, [this](const QString& name) {
        if (JobHandle* job = sizeJobs_.value(name))
          job->cancel();
      });
    }
  };
  // Made in the order Tab should follow: the rows, the "Advanced" toggle,
  // then the advanced rows.
  addRows(false, rows);
  advancedToggle_ = new QToolButton(list);
  advancedToggle_->setObjectName(QStringLiteral("envAdvancedToggle"));
  advancedToggle_->setCheckable(true);
  advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  advancedToggle_->setAutoRaise(true);
  advancedBox_ = new QWidget(list);
  advancedBox_->setObjectName(QStringLiteral("envAdvanced"));
  auto* advanced = new QVBoxLayout(advancedBox_);
  advanced->setContentsMargins(0, 0, 0, 0);
  addRows(true, advanced);
  rows->addWidget(advancedToggle_, 0, Qt::AlignLeft);
  rows->addWidget(advancedBox_);
  rows->addStretch();
  const bool expanded = QSettings().value(QLatin1String(kAdvancedKey), false).toBool();
  advancedToggle_->setChecked(expanded);
  advancedBox_->setVisible(expanded);
  connect(advancedToggle_, &QToolButton::toggled, this, [this](bool on) {
    advancedBox_->setVisible(on);
    advancedToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    QSettings().setValue(QLatin1String(kAdvancedKey), on);
  });
  advancedToggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(list);

  history_ = new EnvHistoryView(this);
  connect(history_, &EnvHistoryView::undoRequested, this, &EnvironmentPage::undoChange);
  connect(history_, &EnvHistoryView::redoRequested, this, &EnvironmentPage::redoChange);
  watcher_ = new QFileSystemWatcher(this);
  remeasure_ = new QTimer(this);
  remeasure_->setSingleShot(true);
  remeasure_->setInterval(500);
  connect(watcher_, &QFileSystemWatcher::directoryChanged, remeasure_, qOverload<>(&QTimer::start));
  connect(remeasure_, &QTimer::timeout, this, [this] {
    measured_.clear();
    measureSizes();
  });
  lookForMissing_ = new QTimer(this);
  lookForMissing_->setInterval(2000);
  connect(lookForMissing_, &QTimer::timeout, this, &EnvironmentPage::lookForMissingFolders);

  tabs_->addTab(scroll, QString());
  tabs_->addTab(history_, QString());

  auto* restartRow = new QHBoxLayout;
  restartRow->addWidget(restartBanner_, 1);
  restartRow->addWidget(serviceButton_);
  layout->addWidget(banner_);
  layout->addLayout(restartRow);
  layout->addWidget(moveProgress_);
  layout->addWidget(introLabel);
  layout->addWidget(tabs_, 1);

  movePrompt_ = [this](const QString& from, const QString& to) {
    MoveModelsDialog box(from, to, appModelsOffer_, this);
    box.exec();
    return box.answer();
  };
  deletePrompt_ = [this](const QString& folder) {
    return QMessageBox::question(
               this, tr("Delete the old copy?"),
               tr("Every model is now in the new folder and verified. Delete the old copy in %1?").arg(folder),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
  };
  servicePrompt_ = [this](const QString& file, const QString& content) {
    QMessageBox box(QMessageBox::Question, tr("Ollama system service"),
                    tr("The Ollama service reads its variables from %1. Write this file as administrator and "
                       "restart Ollama? (Show Details to copy it.)")
                        .arg(file),
                    QMessageBox::Yes | QMessageBox::Close, this);
    box.setDetailedText(content);
    return box.exec() == QMessageBox::Yes;
  };
  retranslate();
}

EnvironmentPage::~EnvironmentPage() = default;

void EnvironmentPage::retranslate() {
  static_cast<QLabel*>(intro_)->setText(
      tr("These variables decide where models live and how tools reach them. Changes are saved for your account "
         "(backed up first: see History) and reach programs started afterwards."));
  advancedToggle_->setText(tr("Advanced Ollama server settings"));
  tabs_->setTabText(0, tr("Variables"));
  tabs_->setTabText(1, tr("History"));
  serviceButton_->setText(tr("Apply to the Ollama service…"));
  moveProgress_->setPhaseNames({{QStringLiteral("moving"), tr("Copying and verifying models")}});
  for (EnvVariableRow* row : std::as_const(rows_))
    row->retranslate();
  reload();
}

EnvVariableRow* EnvironmentPage::row(const QString& name) const {
  return rows_.value(name);
}

void EnvironmentPage::reload() {
  auto core = core_;
  runJob(
      this,
      [core](ProgressReporter&) -> Result<Snapshot> {
        std::lock_guard lock(core->mutex);
        auto states = core->manager.list();
        if (!states)
          return states.error();
        auto history = core->manager.history().entries();
        Snapshot snapshot{std::move(*states), history ? std::move(*history) : std::vector<env::HistoryEntry>(), {}, {}};
        const auto database = env::ollamaAppDatabasePath(core->context);
        snapshot.appDatabase = pathToUtf8(database);
        if (auto settings = env::readOllamaAppSettings(database); settings && settings->has_value())
          snapshot.appOverrides = env::appServerOverrides(**settings);
        return snapshot;
      },
      [this](Result<Snapshot> snapshot) {
        if (!snapshot) {
          banner_->showError(snapshot.error());
          return;
        }
        for (const auto& state : snapshot->states)
          if (EnvVariableRow* row = rows_.value(q(state.info->name)))
            row->setState(state);
        for (EnvVariableRow* row : std::as_const(rows_))
          row->showAppOverride(nullptr);
        for (const auto& override : snapshot->appOverrides)
          if (EnvVariableRow* row = rows_.value(q(override.variable)))
            row->showAppOverride(
                [override, database = q(snapshot->appDatabase)] { return appOverrideText(override, database); });
        history_->setEntries(std::move(snapshot->history)); // secrets are masked when shown
        measureSizes();
        Q_EMIT reloaded();
      });
}

void EnvironmentPage::applyValue(const QString& name, const QString& value) {
  if (value.isEmpty())
    return resetToDefault(name);
  if (name == QLatin1String("OLLAMA_MODELS"))
    return changeModelsFolder(value);
  persist(name, value.toStdString());
}

void EnvironmentPage::resetToDefault(const QString& name) {
  persist(name, std::nullopt);
}

void EnvironmentPage::persist(const QString& name, const std::optional<std::string>& value, Then then) {
  auto core = core_;
  const std::string variable = name.toStdString();
  runJob(
      this,
      [core, variable, value](ProgressReporter&) -> Result<std::vector<std::string>> {
        std::lock_guard lock(core->mutex);
        auto secrets = core->manager.knownSecrets();
        if (value)
          secrets.push_back(*value);
        const Status changed = value ? core->manager.set(variable, *value) : core->manager.unset(variable);
        if (!changed)
          return redacted(changed.error(), secrets);
        return secrets;
      },
      [this, name, variable, value, then](Result<std::vector<std::string>> result) {
        EnvVariableRow* row = rows_.value(name);
        if (!result && row != nullptr) {
          row->showError(result.error()); // beside the field, not in the banner
        } else if (!result) {
          banner_->showError(result.error());
        } else {
          std::optional<std::string> before;
          if (row != nullptr) {
            before = row->state().persisted; // the state of the last load: before this change
            row->discardEdit();
          }
          banner_->showMessage(Banner::Kind::Success, [name, saved = value.has_value()] {
            return saved ? tr("%1 saved.").arg(name) : tr("%1 is back to its default.").arg(name);
          });
          noteOllamaChange(variable, before, value);
          reload();
        }
        if (then)
          then(result.ok());
        Q_EMIT changeFinished(result.ok());
      });
}

void EnvironmentPage::undoChange(std::optional<std::uint64_t> id) {
  undoOrRedo(false, id);
}

void EnvironmentPage::redoChange(std::optional<std::uint64_t> id) {
  undoOrRedo(true, id);
}

// A refusal (a later change of the same variable) is said under the list.
void EnvironmentPage::undoOrRedo(bool redo, std::optional<std::uint64_t> id) {
  auto core = core_;
  runJob(
      this,
      [core, redo, id](ProgressReporter&) -> Result<env::AppliedChange> {
        std::lock_guard lock(core->mutex);
        return redo ? core->manager.redo(id) : core->manager.undo(id);
      },
      [this, redo](Result<env::AppliedChange> applied) {
        if (!applied) {
          history_->showRefusal(applied.error());
        } else {
          history_->clearRefusal();
          const env::HistoryEntry* entry = &applied->entry;
          const auto& app = applied->appSetting;
          using Outcome = env::AppSettingRestoreOutcome;
          const bool appLeft =
              app && (app->error || app->outcome == Outcome::ChangedSince || app->outcome == Outcome::NoDatabase);
          banner_->showMessage(appLeft ? Banner::Kind::Warning : Banner::Kind::Success,
                               [redo, done = applied->entry, app]() -> QString {
                                 const QString change = EnvHistoryView::changeText(done);
                                 QString text = redo ? tr("Redone: %1").arg(change) : tr("Undone: %1").arg(change);
                                 if (app)
                                   text += QLatin1Char('\n') + appSettingRestoreText(*app);
                                 return text;
                               });
          if (EnvVariableRow* row = rows_.value(q(entry->variable)))
            row->discardEdit();
          if (redo)
            noteOllamaChange(entry->variable, entry->previous, entry->value);
          else
            noteOllamaChange(entry->variable, entry->value, entry->previous);
          reload();
        }
        Q_EMIT changeFinished(applied.ok());
      });
}

void EnvironmentPage::checkKey(const QString& name, const QString& value) {
  EnvVariableRow* row = rows_.value(name);
  if (row == nullptr)
    return;
  row->showKeyResult([] { return tr("Checking…"); }, true);
  const std::string variable = name.toStdString();
  const std::string key = value.toStdString();
  const auto endpoints = endpoints_;
  runJob(
      this,
      [variable, key, endpoints](ProgressReporter& progress) -> Result<env::KeyCheckResult> {
        return env::checkKey(variable, key, endpoints, progress.cancelToken());
      },
      [this, row, name](Result<env::KeyCheckResult> result) {
        const bool valid = result && result->verdict == env::KeyVerdict::Valid;
        row->showKeyResult(result ? TextSource([text = result->text] { return coreText(text); })
                                  : TextSource([error = result.error()] { return describeError(error); }),
                           valid);
        Q_EMIT keyChecked(name, valid);
      });
}

} // namespace ui
} // namespace md
