savedcmd_a.o := gcc -c -o a.o a.c
#SYMVER crc_skipped 0x11111111
source_a.o := a.c
#SYMVER crc_func 0x1a2b3c4d
#SYMVER crc_data 0xdeadbeef
#SYMVER crc_ns_func 0x00c0ffee
#SYMVER crc_zero 0x00000000
#SYMVER crc_skipped zz
#SYMVER crc_skipped 0x22222222 trailing
#SYMVER crc_never_exported 0x33333333
