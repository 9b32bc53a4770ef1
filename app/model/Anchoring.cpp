#include "Anchoring.h"

namespace glossator {

namespace {

// Characters that agree reading backwards from the end of both strings.
int commonTail(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonHead(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

bool cutsPair(QStringView text, int offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate() &&
           text.at(offset).isLowSurrogate();
}

} // namespace

int splitCharacterOffset(QStringView text, int start, int end)
{
    if (cutsPair(text, start))
        return start;
    if (cutsPair(text, end))
        return end;
    return -1;
}

Reanchoring reanchor(const TextRange& old, const QString& newText)
{
    // A passage saved with half a character matches nowhere as whole text: it is kept as it was.
    if (!old.exact.isEmpty() && (old.exact.front().isLowSurrogate() || old.exact.back().isHighSurrogate()))
        return {Reanchoring::Method::Orphan, old};
    const int length = int(old.exact.size());
    if (old.start >= 0 && old.start + length <= newText.size() &&
        QStringView(newText).sliced(old.start, length) == old.exact) {
        return {Reanchoring::Method::Position, TextRange::fromText(newText, old.start, old.start + length)};
    }
    if (old.exact.isEmpty())
        return {Reanchoring::Method::Orphan, old};

    struct Candidate {
        int start = -1;
        int context = -1;
        int distance = 0;
    };
    Candidate best;
    Candidate second;
    int occurrences = 0;
    for (qsizetype at = newText.indexOf(old.exact); at >= 0; at = newText.indexOf(old.exact, at + 1)) {
        ++occurrences;
        const int start = int(at);
        const QStringView before = QStringView(newText).first(start).last(std::min(start, int(old.prefix.size())));
        const QStringView after = QStringView(newText)
                                      .sliced(start + length)
                                      .first(std::min(int(newText.size()) - start - length, int(old.suffix.size())));
        const Candidate candidate{start, commonTail(old.prefix, before) + commonHead(old.suffix, after),
                                  std::abs(start - old.start)};
        const auto better = [](const Candidate& a, const Candidate& b) {
            return a.context > b.context || (a.context == b.context && a.distance < b.distance);
        };
        if (better(candidate, best)) {
            second = best;
            best = candidate;
        } else if (better(candidate, second)) {
            second = candidate;
        }
    }
    if (occurrences == 0)
        return {Reanchoring::Method::Orphan, old};

    // Trust an occurrence when its surroundings agree with at least half of the recorded context,
    // or when it is the only one and long enough not to be a common phrase. Two occurrences with
    // equally good context are told apart by closeness to the old position.
    const int recordedContext = int(old.prefix.size() + old.suffix.size());
    const bool contextAgrees = best.context * 2 >= recordedContext && (best.context > 0 || recordedContext == 0);
    const bool distinctive = occurrences == 1 && length >= 12;
    if (!contextAgrees && !distinctive)
        return {Reanchoring::Method::Orphan, old};
    if (occurrences > 1 && best.context == second.context && best.distance == second.distance)
        return {Reanchoring::Method::Orphan, old};
    return {Reanchoring::Method::Quote, TextRange::fromText(newText, best.start, best.start + length)};
}

} // namespace glossator
