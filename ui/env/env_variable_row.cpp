#include "ui/env/env_variable_row.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>

#include "core/env/key_check.h"
#include "core/env/secret_mask.h"
#include "ui/env/env_texts.h"
#include "ui/shell/core_text.h"
#include "ui/shell/file_dialogs.h"

namespace md {
namespace ui {

namespace {

QString fromUtf8(const std::string& text) {
  return QString::fromStdString(text);
}

QString shown(const env::VariableInfo& info, const std::string& value) {
  return info.kind == env::VarKind::Secret ? fromUtf8(env::maskSecret(value)) : fromUtf8(value);
}

} // namespace

EnvVariableRow::EnvVariableRow(const env::VariableInfo& info, QWidget* parent) : QFrame(parent), info_(info) {
  setObjectName(QString::fromStdString(info.name));
  state_.info = &info_; // until the first state arrives
  setFrameShape(QFrame::StyledPanel);
  auto* grid = new QGridLayout(this);

  name_ = new QLabel(fromUtf8(info.name), this);
  QFont mono = name_->font();
  mono.setFamily(QStringLiteral("monospace"));
  mono.setBold(true);
  name_->setFont(mono);
  name_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  purpose_ = new QLabel(this);
  stateText_ = new QLabel(this);
  stateText_->setObjectName(QStringLiteral("state"));
  stateText_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  auto* top = new QHBoxLayout;
  top->addWidget(name_);
  top->addWidget(purpose_, 1);
  top->addWidget(stateText_);
  grid->addLayout(top, 0, 0);

  auto* edit = new QHBoxLayout;
  edit->addWidget(makeEditor(), 1);
  reveal_ = new QToolButton(this);
  reveal_->setObjectName(QStringLiteral("reveal"));
  reveal_->setCheckable(true);
  reveal_->setVisible(isSecret());
  edit->addWidget(reveal_);
  apply_ = new QPushButton(this);
  apply_->setObjectName(QStringLiteral("apply"));
  browse_ = new QPushButton(this);
  browse_->setObjectName(QStringLiteral("browse"));
  open_ = new QPushButton(this);
  open_->setObjectName(QStringLiteral("open"));
  reset_ = new QPushButton(this);
  reset_->setObjectName(QStringLiteral("reset"));
  checkKey_ = new QPushButton(this);
  checkKey_->setObjectName(QStringLiteral("checkKey"));
  for (QPushButton* button : {apply_, browse_, open_, reset_, checkKey_})
    edit->addWidget(button);
  browse_->setVisible(isPath());
  open_->setVisible(isPath());
  checkKey_->setVisible(env::canCheckKey(info.name));
  grid->addLayout(edit, 1, 0);
  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("error"));
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet(QStringLiteral("color: #b42318;"));
  error_->setVisible(false);
  grid->addWidget(error_, 2, 0);

  auto* facts = new QHBoxLayout;
  default_ = new QLabel(this);
  default_->setObjectName(QStringLiteral("default"));
  default_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  size_ = new QLabel(this);
  size_->setObjectName(QStringLiteral("size"));
  size_->setVisible(isPath());
  cancelSize_ = new QToolButton(this);
  cancelSize_->setObjectName(QStringLiteral("cancelSize"));
  cancelSize_->setVisible(false);
  keyResult_ = new QLabel(this);
  keyResult_->setObjectName(QStringLiteral("keyResult"));
  keyLink_ = new QLabel(this);
  keyLink_->setOpenExternalLinks(true);
  keyLink_->setVisible(env::canCheckKey(info.name));
  facts->addWidget(default_, 1);
  facts->addWidget(size_);
  facts->addWidget(cancelSize_);
  facts->addWidget(keyResult_);
  facts->addWidget(keyLink_);
  grid->addLayout(facts, 3, 0);
  appOverride_ = new QLabel(this);
  appOverride_->setObjectName(QStringLiteral("appOverride"));
  appOverride_->setWordWrap(true);
  appOverride_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  appOverride_->setVisible(false);
  grid->addWidget(appOverride_, 4, 0);

  connect(reveal_, &QToolButton::toggled, this, [this](bool on) {
    value_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    retranslate();
  });
  connect(apply_, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(name(), editedValue()); });
  connect(reset_, &QPushButton::clicked, this, [this] { Q_EMIT resetRequested(name()); });
  connect(checkKey_, &QPushButton::clicked, this, [this] { Q_EMIT checkKeyRequested(name(), editedValue()); });
  connect(cancelSize_, &QToolButton::clicked, this, [this] { Q_EMIT cancelSizeRequested(name()); });
  connect(browse_, &QPushButton::clicked, this, &EnvVariableRow::chooseFolder);
  connect(open_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(fromUtf8(state_.effective))); });
  retranslate();
}

// The editor for the variable's type; every edit is checked at once (a path
// only when applied: that check reads the disk).
QWidget* EnvVariableRow::makeEditor() {
  switch (info_.kind) {
  case env::VarKind::Bool:
    check_ = new QCheckBox(this);
    check_->setObjectName(QStringLiteral("valueCheck"));
    connect(check_, &QCheckBox::toggled, this, &EnvVariableRow::edit);
    return check_;
  case env::VarKind::Enum:
    choice_ = new QComboBox(this);
    choice_->setObjectName(QStringLiteral("valueChoice"));
    for (const auto& value : info_.choices)
      choice_->addItem(fromUtf8(value), fromUtf8(value));
    connect(choice_, &QComboBox::currentIndexChanged, this, &EnvVariableRow::edit);
    return choice_;
  case env::VarKind::Number:
    number_ = new QSpinBox(this);
    number_->setObjectName(QStringLiteral("valueNumber"));
    number_->setRange(static_cast<int>(info_.minimum), static_cast<int>(info_.maximum));
    number_->setGroupSeparatorShown(true);
    connect(number_, &QSpinBox::valueChanged, this, &EnvVariableRow::edit);
    return number_;
  default: break;
  }
  value_ = new QLineEdit(this);
  value_->setObjectName(QStringLiteral("value"));
  value_->setClearButtonEnabled(true);
  if (isSecret())
    value_->setEchoMode(QLineEdit::Password);
  connect(value_, &QLineEdit::textEdited, this, &EnvVariableRow::edit);
  connect(value_, &QLineEdit::returnPressed, this, [this] { apply_->click(); });
  return value_;
}

void EnvVariableRow::edit() {
  edited_ = true;
  checkEdited();
  updateButtons();
}

void EnvVariableRow::checkEdited() {
  const QString value = editedValue();
  if (value.isEmpty() || isPath()) // empty resets to the default; paths are checked when applied
    return clearError();
  if (const Status valid = env::validateValue(info_, value.toStdString()); !valid)
    showError(valid.error());
  else
    clearError();
}

// Shows a value in the editor without counting it as an edit.
void EnvVariableRow::showValue(const QString& value) {
  if (value_ != nullptr)
    return value_->setText(value);
  const std::string fallback = state_.defaultValue;
  const QString shownValue = value.isEmpty() ? fromUtf8(fallback) : value;
  if (check_ != nullptr) {
    const QSignalBlocker block(check_);
    const std::string text = shownValue.toStdString();
    const bool extra = std::find(info_.choices.begin(), info_.choices.end(), text) != info_.choices.end();
    check_->setChecked(env::parseGoBool(text).value_or(extra)); // OLLAMA_DEBUG=2 (trace) is on
  } else if (choice_ != nullptr) {
    const QSignalBlocker block(choice_);
    const int index = choice_->findData(shownValue);
    choice_->setCurrentIndex(index >= 0 ? index : choice_->findData(fromUtf8(fallback)));
  } else if (number_ != nullptr) {
    const QSignalBlocker block(number_);
    bool ok = false;
    const qulonglong number = shownValue.toULongLong(&ok);
    number_->setValue(ok && number <= info_.maximum ? static_cast<int>(number) : static_cast<int>(info_.minimum));
  }
}

void EnvVariableRow::showError(const md::Error& error) {
  shownError_ = error;
  error_->setText(describeError(error));
  error_->setVisible(true);
  updateButtons();
}

void EnvVariableRow::clearError() {
  shownError_.reset();
  error_->clear();
  error_->setVisible(false);
  updateButtons();
}

QString EnvVariableRow::errorText() const {
  return error_->text();
}

void EnvVariableRow::showAppOverride(TextSource text) {
  appOverrideText_ = std::move(text);
  appOverrides_ = static_cast<bool>(appOverrideText_);
  appOverride_->setText(appOverrides_ ? appOverrideText_() : QString());
  appOverride_->setVisible(appOverrides_);
  updateState();
}

QString EnvVariableRow::name() const {
  return fromUtf8(info_.name);
}

bool EnvVariableRow::isSecret() const {
  return info_.kind == env::VarKind::Secret;
}

bool EnvVariableRow::isPath() const {
  return info_.kind == env::VarKind::Path;
}

QString EnvVariableRow::savedValue() const {
  return fromUtf8(state_.persisted.value_or(state_.process.value_or(std::string())));
}

QString EnvVariableRow::editedValue() const {
  if (check_ != nullptr)
    return check_->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
  if (choice_ != nullptr)
    return choice_->currentData().toString();
  if (number_ != nullptr)
    return QString::number(number_->value());
  return value_->text().trimmed();
}

// A saved value Ollama would not read (written by hand or by an older
// ModelDesk) is said under the field; paths are checked when applied.
void EnvVariableRow::setState(const env::VariableState& state) {
  state_ = state;
  if (!edited_) {
    showValue(savedValue());
    const Status valid = state_.persisted && !isPath() ? env::validateValue(info_, *state_.persisted) : Status();
    if (valid)
      clearError();
    else
      showError(valid.error());
  }
  updateState();
  updateButtons();
}

void EnvVariableRow::discardEdit() {
  edited_ = false;
  showValue(savedValue());
  clearError();
  updateButtons();
}

// One sentence for the one state core computes.
void EnvVariableRow::updateState() {
  switch (env::variableStatus(state_, appOverrides_)) {
  case env::VarStatus::Default: stateText_->setText(tr("Not set: the default applies")); break;
  case env::VarStatus::InEffect: stateText_->setText(tr("Saved and in effect")); break;
  case env::VarStatus::SavedNextLogin:
    stateText_->setText(tr("Saved: programs started after your next login use it"));
    break;
  case env::VarStatus::SavedRestartOllama: stateText_->setText(tr("Saved: Ollama uses it after a restart")); break;
  case env::VarStatus::SessionOnly: stateText_->setText(tr("Set only in this session, not saved")); break;
  case env::VarStatus::ServiceOverrides:
    stateText_->setText(
        tr("The Ollama service uses its own value: %1").arg(shown(info_, state_.service.value_or(std::string()))));
    break;
  case env::VarStatus::AppOverrides: stateText_->setText(tr("The Ollama app sets its own value")); break;
  }
  const QString fallback = fromUtf8(state_.defaultValue);
  const auto note = env::defaultNote(info_);
  const QString fallbackText = note                 ? coreText(*note)
                               : fallback.isEmpty() ? tr("(none)")
                                                    : QDir::toNativeSeparators(fallback);
  default_->setText(tr("Default: %1").arg(fallbackText));
  if (value_ != nullptr)
    value_->setPlaceholderText(fallback.isEmpty() ? tr("not set") : fallback);
  open_->setEnabled(isPath() && QDir(fromUtf8(state_.effective)).exists());
}

void EnvVariableRow::updateButtons() {
  const bool problem = edited_ && !error_->text().isEmpty() && !isPath();
  apply_->setEnabled(edited_ && !problem && editedValue() != fromUtf8(state_.persisted.value_or(std::string())));
  reset_->setEnabled(state_.persisted.has_value());
  checkKey_->setEnabled(!editedValue().isEmpty());
}

void EnvVariableRow::chooseFolder() {
  const QString start = editedValue().isEmpty() ? fromUtf8(state_.effective) : editedValue();
  const QString folder = file_dialogs::existingFolder(this, tr("Choose a folder for %1").arg(name()), start);
  if (folder.isEmpty())
    return;
  value_->setText(QDir::toNativeSeparators(folder));
  edit();
}

void EnvVariableRow::showMeasuring(quint64 files) {
  showSize([files] { return tr("Measuring… %1 files").arg(files); });
  cancelSize_->setVisible(true);
}

void EnvVariableRow::showSize(TextSource text) {
  sizeText_ = std::move(text);
  size_->setText(sizeText_ ? sizeText_() : QString());
  cancelSize_->setVisible(false);
}

void EnvVariableRow::showKeyResult(TextSource text, bool valid) {
  keyText_ = std::move(text);
  keyResult_->setText(keyText_ ? keyText_() : QString());
  keyResult_->setStyleSheet(valid ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b42318;"));
}

void EnvVariableRow::retranslate() {
  purpose_->setText(variablePurpose(name()));
  if (check_ != nullptr)
    check_->setText(tr("On"));
  if (number_ != nullptr && info_.minimum == 0 && env::defaultNote(info_))
    number_->setSpecialValueText(tr("Automatic"));
  reveal_->setText(reveal_->isChecked() ? tr("Hide") : tr("Show"));
  reveal_->setToolTip(tr("Show or hide the key"));
  apply_->setText(tr("Apply"));
  browse_->setText(tr("Browse…"));
  open_->setText(tr("Open folder"));
  reset_->setText(tr("Reset to default"));
  checkKey_->setText(tr("Check key"));
  cancelSize_->setText(tr("Stop"));
  if (shownError_)
    error_->setText(describeError(*shownError_));
  const QString page = info_.name == "WANDB_API_KEY" ? QString::fromLatin1(env::kWandbKeyPage)
                                                     : QString::fromLatin1(env::kDashScopeKeyPage);
  const QString where = info_.name == "WANDB_API_KEY" ? QStringLiteral("wandb.ai/authorize") : tr("DashScope console");
  keyLink_->setText(tr("Get a key: <a href=\"%1\">%2</a>").arg(page, where));
  if (sizeText_)
    size_->setText(sizeText_());
  if (keyText_)
    keyResult_->setText(keyText_());
  if (appOverrideText_)
    appOverride_->setText(appOverrideText_());
  updateState();
}

} // namespace ui
} // namespace md
