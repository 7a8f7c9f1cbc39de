savedcmd_b.o := gcc -c -o b.o b.S
