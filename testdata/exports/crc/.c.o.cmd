savedcmd_c.o := gcc -c -o c.o c.c
#SYMVER crc_weak 0x0000000c
#SYMVER .crc_func 0x0000dead
