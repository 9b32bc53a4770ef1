#pragma once

#include "export/Exporter.h"

#include <QIODevice>

#include <algorithm>

namespace glossator::test {

// Refuses every write, as a full disk does.
class RefusingDevice : public QIODevice {
public:
    RefusingDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString(QStringLiteral("no space left (simulated)"));
        return -1;
    }
};

// Passes the first bytes on to another device, then fails: a disk that fills up half-way.
class FillingDevice : public QIODevice {
public:
    FillingDevice(QIODevice& target, qint64 budget)
        : m_target(target)
        , m_budget(budget)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_budget <= 0) {
            setErrorString(QStringLiteral("no space left (simulated)"));
            return -1;
        }
        const qint64 written = m_target.write(data, std::min(size, m_budget));
        if (written < 0) {
            setErrorString(m_target.errorString());
            return -1;
        }
        m_budget -= written;
        return written;
    }

private:
    QIODevice& m_target;
    qint64 m_budget;
};

// A real exporter writing into its file through a device that fills up after a few bytes.
template <typename RealExporter>
class InterruptedExporter : public Exporter {
public:
    QString name() const override { return QStringLiteral("interrupted"); }
    QString displayName() const override { return name(); }
    QString fileSuffix() const override { return RealExporter().fileSuffix(); }
    bool write(const ExportData& data, const ExportOptions& options, QIODevice& out, QString* error) const override
    {
        FillingDevice filling(out, 64);
        return RealExporter().write(data, options, filling, error);
    }
};

} // namespace glossator::test
