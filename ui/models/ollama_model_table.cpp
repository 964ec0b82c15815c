#include "ui/models/ollama_model_table.h"
#include "ui/shell/widgets.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace md {
namespace ui {

namespace {
QString text(const std::string& value) {
  return QString::fromStdString(value);
}
} // namespace

OllamaModelTable::OllamaModelTable(QObject* parent) : QAbstractTableModel(parent) {}

QVector<OllamaModelRow> OllamaModelTable::rowsFrom(const OllamaSnapshot& snapshot) {
  QVector<OllamaModelRow> rows;
  for (const auto& model : snapshot.models) {
    OllamaModelRow row;
    row.name = text(model.name);
    row.size = model.size;
    row.family = text(model.details.family);
    row.parameters = text(model.details.parameterSize);
    row.quantization = text(model.details.quantizationLevel);
    row.modified = QDateTime::fromString(text(model.modifiedAt), Qt::ISODateWithMs);
    row.digest = text(model.digest);
    if (const auto it = snapshot.facts.find(model.name); it != snapshot.facts.end()) {
      row.contextLength = it->second.contextLength;
      for (const auto& capability : it->second.capabilities)
        row.capabilities << text(capability);
    }
    for (const auto& running : snapshot.running)
      if (running.name == model.name || running.model == model.name) {
        row.loaded = true;
        row.vram = running.sizeVram;
      }
    rows << row;
  }
  return rows;
}

void OllamaModelTable::setRows(QVector<OllamaModelRow> rows) {
  bool sameNames = rows.size() == rows_.size();
  for (int i = 0; sameNames && i < rows.size(); ++i)
    sameNames = rows[i].name == rows_[i].name;
  if (!sameNames) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    return;
  }
  rows_ = std::move(rows);
  if (!rows_.isEmpty())
    Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

const OllamaModelRow* OllamaModelTable::rowAt(int row) const {
  return row >= 0 && row < rows_.size() ? &rows_[row] : nullptr;
}

int OllamaModelTable::rowOf(const QString& name) const {
  for (int i = 0; i < rows_.size(); ++i)
    if (rows_[i].name == name)
      return i;
  // "qwen2" means "qwen2:latest", as in Ollama
  if (!name.contains(QLatin1Char(':')))
    return rowOf(name + QStringLiteral(":latest"));
  return -1;
}

QStringList OllamaModelTable::badgeKinds(const OllamaModelRow& row) {
  QStringList kinds;
  for (const char* capability : {"vision", "tools", "embedding"})
    if (row.capabilities.contains(QLatin1String(capability)))
      kinds << QLatin1String(capability);
  if (row.loaded)
    kinds << QStringLiteral("loaded");
  return kinds;
}

QStringList OllamaModelTable::badges(const OllamaModelRow& row) const {
  QStringList badges;
  for (const QString& kind : badgeKinds(row)) {
    if (kind == QLatin1String("vision"))
      badges << tr("vision");
    else if (kind == QLatin1String("tools"))
      badges << tr("tools");
    else if (kind == QLatin1String("embedding"))
      badges << tr("embedding");
    else
      badges << tr("loaded · %1 VRAM").arg(sizeText(row.vram));
  }
  return badges;
}

int OllamaModelTable::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(rows_.size());
}

int OllamaModelTable::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant OllamaModelTable::data(const QModelIndex& index, int role) const {
  const OllamaModelRow* row = rowAt(index.row());
  if (!row)
    return {};
  const auto column = Column(index.column());
  if (column == Badges && role == BadgesRole)
    return badges(*row);
  if (column == Badges && role == BadgeKindsRole)
    return badgeKinds(*row);
  if (column == Badges && role == Qt::DisplayRole)
    return listText(badges(*row));
  if (role == Qt::ToolTipRole && column == Name)
    return row->digest.isEmpty() ? row->name : row->name + QLatin1Char('\n') + row->digest;
  if (role == Qt::TextAlignmentRole && (column == Size || column == Context))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == SortRole) {
    switch (column) {
    case Size: return row->size;
    case Context: return row->contextLength.value_or(0);
    case Modified: return row->modified;
    default: return data(index, Qt::DisplayRole);
    }
  }
  if (role != Qt::DisplayRole)
    return {};
  switch (column) {
  case Name: return row->name;
  case Size: return sizeText(row->size);
  case Family: return row->family;
  case Parameters: return row->parameters;
  case Quantization: return row->quantization;
  case Context: return row->contextLength ? QLocale().toString(qulonglong(*row->contextLength)) : QString();
  case Modified: return row->modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
  default: return {};
  }
}

QVariant OllamaModelTable::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal)
    return {};
  if (role == Qt::ToolTipRole && section == Parameters)
    return tr("Number of parameters");
  if (role == Qt::ToolTipRole && section == Quantization)
    return tr("Quantization");
  if (role != Qt::DisplayRole)
    return {};
  switch (Column(section)) {
  case Name: return tr("Model");
  case Badges: return tr("Status");
  case Size: return tr("Size");
  case Family: return tr("Family");
  case Parameters: return tr("Params");
  case Quantization: return tr("Quant");
  case Context: return tr("Context");
  case Modified: return tr("Modified");
  default: return {};
  }
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  QStyleOptionViewItem plain = option;
  initStyleOption(&plain, index);
  plain.text.clear();
  QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
  const QStringList badges = index.data(OllamaModelTable::BadgesRole).toStringList();
  const QStringList kinds = index.data(OllamaModelTable::BadgeKindsRole).toStringList();
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  const QFontMetrics metrics(option.font);
  int x = option.rect.left() + 4;
  const int height = metrics.height() + 2;
  const int y = option.rect.center().y() - height / 2;
  for (int i = 0; i < badges.size(); ++i) {
    const QString& badge = badges[i];
    const QString kind = kinds.value(i);
    const QColor fill = kind == QLatin1String("vision")   ? QColor(0x6a, 0x4c, 0xd8)
                        : kind == QLatin1String("loaded") ? QColor(0x2e, 0x9d, 0x4f)
                                                          : QColor(0x5b, 0x6b, 0x80);
    const int width = metrics.horizontalAdvance(badge) + 12;
    QPainterPath path;
    path.addRoundedRect(QRectF(x, y, width, height), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(Qt::white);
    painter->drawText(QRect(x, y, width, height), Qt::AlignCenter, badge);
    x += width + 4;
  }
  painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  const QFontMetrics metrics(option.font);
  int width = 8;
  for (const QString& badge : index.data(OllamaModelTable::BadgesRole).toStringList())
    width += metrics.horizontalAdvance(badge) + 16;
  return {width, metrics.height() + 8};
}

} // namespace ui
} // namespace md
