#include "FailingVfs.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace glossator::test {

namespace {

std::atomic<qint64> spaceLeft{-1};
std::atomic<int> refused{0};
sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs failingVfs;

// The real file lives right after this header, in the memory SQLite gives for the file.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

int fileClose(sqlite3_file* file)
{
    sqlite3_file* inner = real(file);
    return inner->pMethods ? inner->pMethods->xClose(inner) : SQLITE_OK;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    for (qint64 left = spaceLeft.load(); left >= 0;) {
        if (left < amount) {
            ++refused;
            return SQLITE_FULL;
        }
        if (spaceLeft.compare_exchange_weak(left, left - amount))
            break;
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}

int fileSync(sqlite3_file* file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int fileUnlock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int fileCheckReservedLock(sqlite3_file* file, int* result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int fileControl(sqlite3_file* file, int op, void* argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int fileSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, memory);
}

int fileShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int fileFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}

int fileUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

// The methods SQLite may call depend on the version of the real file's table; every call is passed
// on to that table, so one table of each version serves every file.
sqlite3_io_methods methodsOfVersion(int version)
{
    sqlite3_io_methods methods{};
    methods.iVersion = version;
    methods.xClose = fileClose;
    methods.xRead = fileRead;
    methods.xWrite = fileWrite;
    methods.xTruncate = fileTruncate;
    methods.xSync = fileSync;
    methods.xFileSize = fileSize;
    methods.xLock = fileLock;
    methods.xUnlock = fileUnlock;
    methods.xCheckReservedLock = fileCheckReservedLock;
    methods.xFileControl = fileControl;
    methods.xSectorSize = fileSectorSize;
    methods.xDeviceCharacteristics = fileDeviceCharacteristics;
    if (version >= 2) {
        methods.xShmMap = fileShmMap;
        methods.xShmLock = fileShmLock;
        methods.xShmBarrier = fileShmBarrier;
        methods.xShmUnmap = fileShmUnmap;
    }
    if (version >= 3) {
        methods.xFetch = fileFetch;
        methods.xUnfetch = fileUnfetch;
    }
    return methods;
}

const sqlite3_io_methods tables[3] = {methodsOfVersion(1), methodsOfVersion(2), methodsOfVersion(3)};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapped = reinterpret_cast<File*>(file);
    wrapped->real = reinterpret_cast<sqlite3_file*>(wrapped + 1);
    std::memset(wrapped->real, 0, size_t(realVfs->szOsFile));
    wrapped->base.pMethods = nullptr;
    const int result = realVfs->xOpen(realVfs, name, wrapped->real, flags, outFlags);
    if (wrapped->real->pMethods)
        wrapped->base.pMethods = &tables[std::clamp(wrapped->real->pMethods->iVersion, 1, 3) - 1];
    return result;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void vfsDlError(sqlite3_vfs*, int size, char* message)
{
    realVfs->xDlError(realVfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    realVfs->xDlClose(realVfs, handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* now)
{
    return realVfs->xCurrentTime(realVfs, now);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

} // namespace

bool FailingVfs::install()
{
    if (realVfs)
        return true;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs)
        return false;
    failingVfs = sqlite3_vfs{};
    failingVfs.iVersion = 2;
    failingVfs.szOsFile = int(sizeof(File)) + realVfs->szOsFile;
    failingVfs.mxPathname = realVfs->mxPathname;
    failingVfs.zName = "glossator-failing";
    failingVfs.xOpen = vfsOpen;
    failingVfs.xDelete = vfsDelete;
    failingVfs.xAccess = vfsAccess;
    failingVfs.xFullPathname = vfsFullPathname;
    failingVfs.xDlOpen = vfsDlOpen;
    failingVfs.xDlError = vfsDlError;
    failingVfs.xDlSym = vfsDlSym;
    failingVfs.xDlClose = vfsDlClose;
    failingVfs.xRandomness = vfsRandomness;
    failingVfs.xSleep = vfsSleep;
    failingVfs.xCurrentTime = vfsCurrentTime;
    failingVfs.xGetLastError = vfsGetLastError;
    failingVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&failingVfs, 1) == SQLITE_OK;
}

void FailingVfs::setSpaceLeft(qint64 bytes)
{
    spaceLeft = bytes;
    refused = 0;
}

int FailingVfs::refusedWrites()
{
    return refused;
}

} // namespace glossator::test
