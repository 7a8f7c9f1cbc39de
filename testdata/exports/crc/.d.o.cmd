#SYMVER crc_last 0x99999999
savedcmd_d.o := gcc -c -o d.o d.c
#SYMVER crc_weak 0x0000000d
#SYMVER crc_last 0x0000000e