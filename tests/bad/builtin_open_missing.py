open('/definitely/not/here.txt')
