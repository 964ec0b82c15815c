#pragma once
// The tensor infos of a GGUF as a flat table: name, type, shape, size and
// offset. SortRole gives raw values so a QSortFilterProxyModel sorts sizes
// as numbers, not as text.

#include <QAbstractTableModel>

#include <memory>

namespace md::gguf {
struct GgufFile;
}

namespace md {
namespace ui {

class GgufTensorModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { NameColumn, TypeColumn, ShapeColumn, SizeColumn, OffsetColumn, ColumnCount };
  enum Roles { SortRole = Qt::UserRole + 1 };

  explicit GgufTensorModel(QObject* parent = nullptr);

  void setFile(std::shared_ptr<const gguf::GgufFile> file);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
  std::shared_ptr<const gguf::GgufFile> file_;
};

} // namespace ui
} // namespace md
