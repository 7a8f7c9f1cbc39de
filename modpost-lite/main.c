// SPDX-License-Identifier: GPL-2.0-only
#include <modpost-lite/mpl.h>

int main(int argc, char **argv)
{
	return mpl_main(argc, argv);
}
