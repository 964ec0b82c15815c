#include "ui/env/env_variable_row.h"

#include <QDesktopServices>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

#include "core/env/key_check.h"
#include "core/env/secret_mask.h"
#include "ui/env/env_texts.h"
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
  value_ = new QLineEdit(this);
  value_->setObjectName(QStringLiteral("value"));
  value_->setClearButtonEnabled(true);
  edit->addWidget(value_, 1);
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

  auto* facts = new QHBoxLayout;
  default_ = new QLabel(this);
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
  grid->addLayout(facts, 2, 0);
  appOverride_ = new QLabel(this);
  appOverride_->setObjectName(QStringLiteral("appOverride"));
  appOverride_->setWordWrap(true);
  appOverride_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  appOverride_->setVisible(false);
  grid->addWidget(appOverride_, 3, 0);

  if (isSecret())
    value_->setEchoMode(QLineEdit::Password);
  connect(reveal_, &QToolButton::toggled, this, [this](bool on) {
    value_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    retranslate();
  });
  connect(value_, &QLineEdit::textEdited, this, [this] {
    edited_ = true;
    updateButtons();
  });
  connect(value_, &QLineEdit::returnPressed, apply_, &QPushButton::click);
  connect(apply_, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(name(), editedValue()); });
  connect(reset_, &QPushButton::clicked, this, [this] { Q_EMIT resetRequested(name()); });
  connect(checkKey_, &QPushButton::clicked, this, [this] { Q_EMIT checkKeyRequested(name(), editedValue()); });
  connect(cancelSize_, &QToolButton::clicked, this, [this] { Q_EMIT cancelSizeRequested(name()); });
  connect(browse_, &QPushButton::clicked, this, &EnvVariableRow::chooseFolder);
  connect(open_, &QPushButton::clicked, this,
          [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(fromUtf8(state_.effective))); });
  retranslate();
}

void EnvVariableRow::showAppOverride(const QString& text) {
  appOverride_->setText(text);
  appOverride_->setVisible(!text.isEmpty());
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
  return value_->text().trimmed();
}

void EnvVariableRow::setState(const env::VariableState& state) {
  state_ = state;
  if (!edited_)
    value_->setText(savedValue());
  updateState();
  updateButtons();
}

void EnvVariableRow::discardEdit() {
  edited_ = false;
  value_->setText(savedValue());
  updateButtons();
}

void EnvVariableRow::updateState() {
  // What is saved, and whether this session (and programs started from it)
  // sees the same: one consistent sentence per case.
  QStringList parts;
  if (state_.persisted) {
    parts << tr("saved for your account");
    if (!state_.process)
      parts << tr("not in effect in this session yet");
    else if (state_.differs())
      parts << tr("this session still has another value");
    if (state_.needsOllamaRestart())
      parts << tr("Ollama needs a restart");
  } else if (state_.process) {
    parts << tr("set only in this session (not saved)");
    if (state_.needsOllamaRestart()) // e.g. just reset to the default
      parts << tr("a restarted Ollama will not see it");
  }
  if (state_.service)
    parts << tr("Ollama service: %1").arg(shown(info_, *state_.service));
  if (parts.isEmpty())
    parts << tr("default");
  stateText_->setText(parts.join(QStringLiteral(" · ")));
  const QString fallback = fromUtf8(state_.defaultValue);
  QString facts = tr("Default: %1").arg(fallback.isEmpty() ? tr("(none)") : QDir::toNativeSeparators(fallback));
  if (!state_.effective.empty() && state_.effective != state_.defaultValue)
    facts += QStringLiteral("  ·  ") + tr("In effect here: %1").arg(shown(info_, state_.effective));
  default_->setText(facts);
  value_->setPlaceholderText(fallback.isEmpty() ? tr("not set") : fallback);
  open_->setEnabled(isPath() && QDir(fromUtf8(state_.effective)).exists());
}

void EnvVariableRow::updateButtons() {
  apply_->setEnabled(edited_ && editedValue() != fromUtf8(state_.persisted.value_or(std::string())));
  reset_->setEnabled(state_.persisted.has_value());
  checkKey_->setEnabled(!editedValue().isEmpty());
}

void EnvVariableRow::chooseFolder() {
  const QString start = editedValue().isEmpty() ? fromUtf8(state_.effective) : editedValue();
  const QString folder = file_dialogs::existingFolder(this, tr("Choose a folder for %1").arg(name()), start);
  if (folder.isEmpty())
    return;
  value_->setText(QDir::toNativeSeparators(folder));
  edited_ = true;
  updateButtons();
}

void EnvVariableRow::showMeasuring(quint64 files) {
  size_->setText(tr("Measuring… %1 files").arg(files));
  cancelSize_->setVisible(true);
}

void EnvVariableRow::showSize(const QString& text) {
  size_->setText(text);
  cancelSize_->setVisible(false);
}

void EnvVariableRow::showKeyResult(const QString& text, bool valid) {
  keyResult_->setText(text);
  keyResult_->setStyleSheet(valid ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b42318;"));
}

void EnvVariableRow::retranslate() {
  purpose_->setText(variablePurpose(name()));
  reveal_->setText(reveal_->isChecked() ? tr("Hide") : tr("Show"));
  reveal_->setToolTip(tr("Show or hide the key"));
  apply_->setText(tr("Apply"));
  browse_->setText(tr("Browse…"));
  open_->setText(tr("Open folder"));
  reset_->setText(tr("Reset to default"));
  checkKey_->setText(tr("Check key"));
  cancelSize_->setText(tr("Stop"));
  const QString page = info_.name == "WANDB_API_KEY" ? QString::fromLatin1(env::kWandbKeyPage)
                                                     : QString::fromLatin1(env::kDashScopeKeyPage);
  const QString where = info_.name == "WANDB_API_KEY" ? QStringLiteral("wandb.ai/authorize") : tr("DashScope console");
  keyLink_->setText(tr("Get a key: <a href=\"%1\">%2</a>").arg(page, where));
  updateState();
}

} // namespace ui
} // namespace md
