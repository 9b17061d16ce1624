/* Test support for Wine 8 (Debian 12), never shipped: Rust's standard
 * library takes its random numbers from ProcessPrng in bcryptprimitives.dll,
 * which Windows 10 and 11 have and Wine gained only in version 9. This
 * stand-in DLL gives the one function from the system's RtlGenRandom
 * (SystemFunction036 in advapi32), so Rust programs start under Wine 8.
 * scripts/windows/cross-env.sh builds it into a throwaway Wine prefix. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
