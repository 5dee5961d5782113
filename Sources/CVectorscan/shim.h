// Vectorscan (Hyperscan's portable fork) as Debian ships it (libvectorscan-dev, pkg-config libhs).
#ifndef CVECTORSCAN_SHIM_H
#define CVECTORSCAN_SHIM_H
#include <hs.h>
#endif
