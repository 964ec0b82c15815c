#pragma once
// Wizard step 3: where the output goes. A folder and a name with sensible
// defaults, the space it needs against the space that is free (measured off
// the GUI thread), a folder that does not exist yet with an offer to create
// it, and leftovers of interrupted merges with an offer to delete them.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace md {
namespace ui {

class Banner;

class MergeOutputStep : public QWidget {
  Q_OBJECT
public:
  explicit MergeOutputStep(QWidget* parent = nullptr);

  void setDefaults(const QString& folder, const QString& name, quint64 neededBytes);
  QString outputPath() const;
  QString spaceText() const;
  QStringList leftovers() const { return leftovers_; }
  void deleteLeftovers();

Q_SIGNALS:
  void leftoversChanged();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslate();
  void browse();
  void inspectFolder();
  void createFolder();

  QLabel* heading_ = nullptr;
  QLabel* folderLabel_ = nullptr;
  QLabel* nameLabel_ = nullptr;
  QLineEdit* folder_ = nullptr;
  QLineEdit* name_ = nullptr;
  QPushButton* browse_ = nullptr;
  QLabel* space_ = nullptr;
  Banner* leftoverBanner_ = nullptr;
  QPushButton* deleteLeftovers_ = nullptr;
  QPushButton* createFolder_ = nullptr;
  bool folderExists_ = true;
  int inspections_ = 0;
  quint64 needed_ = 0;
  qint64 freeBytes_ = -1;
  QStringList leftovers_;
};

} // namespace ui
} // namespace md
