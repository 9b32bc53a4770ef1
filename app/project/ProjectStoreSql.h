#pragma once

#include "model/Document.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// How the parts of the store (the ProjectStore*.cpp files) write and read columns.
namespace glossator::storesql {

QString isoTime(const QDateTime& time);
QVariant nullable(const QString& text);
// QtSql binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QVariant text(const QString& value);
QVariant nullableId(qint64 id);
QString blocksText(const QList<Block>& blocks);
QList<Block> blocksFromText(const QString& json);

} // namespace glossator::storesql
