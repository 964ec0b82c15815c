// The Modelfile page's files, split from modelfile_page.cpp: New, Open
// (also from a drop or the Recent menu), Save and Save As, each asking
// about unsaved changes first; a file keeps the encoding it was read in.
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>

#include "core/modelfile/text_encoding.h"
#include "core/util/paths.h"
#include "ui/modelfile/modelfile_editor.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/recent_modelfiles.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/drop_router.h"
#include "ui/shell/file_dialogs.h"

namespace md {
namespace ui {

void ModelfilePage::receiveDrop(const DropDecision& decision) {
  if (!decision.paths.isEmpty())
    openFile(decision.paths.front());
}

bool ModelfilePage::maybeSave() {
  if (!isModified())
    return true;
  switch (prompt_()) {
  case QMessageBox::Save: return save();
  case QMessageBox::Discard: return true;
  default: return false;
  }
}

void ModelfilePage::newFile() {
  if (!maybeSave())
    return;
  editor_->clear();
  editor_->document()->setModified(false);
  path_.clear();
  suggestedName_.clear();
  encoding_ = md::modelfile::TextEncoding::Utf8;
  updateFileLabel();
  revalidateNow();
}

bool ModelfilePage::openText(const QString& text, const QString& suggestedName) {
  if (!maybeSave())
    return false;
  editor_->setPlainText(text);
  path_.clear();
  suggestedName_ = suggestedName;
  encoding_ = md::modelfile::TextEncoding::Utf8;
  editor_->document()->setModified(true);
  updateFileLabel();
  revalidateNow();
  return true;
}

bool ModelfilePage::openFile(const QString& path) {
  if (!maybeSave())
    return false;
  if (QFileInfo(path).size() > qint64(md::modelfile::kMaxModelfileBytes)) {
    Q_EMIT statusMessage(
        [path] { return tr("“%1” is too large to be a Modelfile.").arg(QDir::toNativeSeparators(path)); });
    return false;
  }
  // As Ollama reads it: a UTF-8 or UTF-16 byte-order mark selects the encoding, kept on save.
  auto decoded = md::modelfile::readModelfileFile(md::pathFromUtf8(path.toStdString()));
  if (!decoded) {
    Q_EMIT statusMessage([path, error = decoded.error()] {
      return tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), describeError(error));
    });
    return false;
  }
  editor_->setPlainText(QString::fromStdString(decoded->text));
  encoding_ = decoded->encoding;
  recent_modelfiles::add(path);
  editor_->document()->setModified(false);
  path_ = path;
  suggestedName_.clear();
  updateFileLabel();
  revalidateNow();
  return true;
}

bool ModelfilePage::save() {
  return path_.isEmpty() ? saveAs() : writeTo(path_);
}

bool ModelfilePage::saveAs() {
  const QString file = file_dialogs::saveFileName(
      this, tr("Save Modelfile"), path_, suggestedName_.isEmpty() ? QStringLiteral("Modelfile") : suggestedName_);
  return !file.isEmpty() && writeTo(file);
}

bool ModelfilePage::writeTo(const QString& path) {
  // QSaveFile writes a temporary file and renames it: a crash never leaves a
  // half-written Modelfile.
  QSaveFile file(path);
  const std::string bytes = md::modelfile::encodeModelfileText(editor_->toPlainText().toStdString(), encoding_);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) < 0 || !file.commit()) {
    Q_EMIT statusMessage([path, why = file.errorString()] {
      return tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), why);
    });
    return false;
  }
  path_ = path;
  recent_modelfiles::add(path);
  editor_->document()->setModified(false);
  updateFileLabel();
  Q_EMIT statusMessage([path] { return tr("Saved %1").arg(QDir::toNativeSeparators(path)); });
  revalidateNow(); // FROM paths are relative to the new folder
  return true;
}

void ModelfilePage::fillRecentMenu() {
  QMenu* menu = recentButton_->menu();
  menu->clear();
  const QStringList paths = recent_modelfiles::list();
  for (const QString& path : paths) {
    QAction* action = menu->addAction(QDir::toNativeSeparators(path));
    connect(action, &QAction::triggered, this, [this, path] {
      if (!QFileInfo::exists(path)) {
        recent_modelfiles::remove(path);
        banner_->showMessage(Banner::Kind::Warning, [path] {
          return tr("“%1” no longer exists; it was removed from the list.").arg(QDir::toNativeSeparators(path));
        });
        return;
      }
      openFile(path);
    });
  }
  if (paths.isEmpty())
    menu->addAction(tr("No recent Modelfiles"))->setEnabled(false);
  else
    connect(menu->addAction(tr("Clear the list")), &QAction::triggered, this, [] { recent_modelfiles::clear(); });
}

} // namespace ui
} // namespace md
