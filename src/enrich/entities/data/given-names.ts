// Common given names across languages, and East Asian family names written first: a run starting with one is a person.

export const GIVEN_NAMES: readonly string[] = `
Aaron Abdul Abdullah Abe Abigail Abraham Adam Adel Adriana Adrian Ahmad Ahmed Aidan Aisha Akira Akio
Alan Albert Alberto Alec Alejandro Alex Alexander Alexandra Alexandre Alexei Alexis Alfred Ali Alice
Alicia Alison Allison Amanda Amber Amelia Amina Amir Amit Amy Ana Anand Anders Andre Andrea Andreas
Andrei Andrew Andrzej Andy Angela Angelina Anita Ann Anna Anne Annette Anthony Antonio Antony António
Anwar Arjun Arnold Arthur Arturo Ashley Ashok Audrey Ava Ayman Ayumi Barack Barbara Barry Beatriz Ben
Benjamin Benoit Bernard Bernie Beth Betty Bill Billy Bob Bobby Boris Brad Bradley Brandon Brenda
Brendan Brian Bridget Bruce Bruno Bryan Caitlin Cameron Camila Carl Carla Carlos Carmen Carol Caroline
Carolyn Catherine Cecilia Cedric Celia Chad Charles Charlie Charlotte Chelsea Cheng Chiara Chris
Christian Christina Christine Christopher Chuck Cindy Claire Clara Claudia Colin Connor Craig Cristina
Cynthia Dai Daisuke Dale Dan Dana Daniel Daniela Danielle Danny Dario Darren David Dean Deborah Debra
Denis Dennis Derek Diana Diane Diego Dmitry Dmitri Dominic Don Donald Donna Doris Dorothy Doug Douglas
Duncan Dylan Ed Eddie Edgar Eduardo Edward Edwin Elaine Eleanor Elena Eli Elif Elijah Elisa
Elizabeth Ella Ellen Elon Emily Emma Emmanuel Enrique Eric Erica Erik Erin Ernesto Ethan Eugene Eva Evan
Fabio Fahad Faisal Farah Fatima Felipe Felix Fernando Fiona Florence Francesca Francesco Francis
Francisco Frank Franz Fred Frederick Fumio Gabriel Gabriela Gareth Gary Gavin Gene George Georg Gerald
Gerhard Gina Giorgia Giovanni Giuseppe Glen Glenn Gloria Gordon Grace Graham Greg Gregory Gustavo Guy
Hamid Hana Hannah Hans Harold Harry Haruhiko Haruki Hassan Heather Heidi Helen Helena Henry Hiroshi
Hiroki Hirokazu Hiroyuki Hitoshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Imran Ines Ingrid Irakli
Irene Isaac Isabel Isabella Ismail Ivan Jack Jackie Jacob Jacqueline Jaime Jake James Jamie Jan
Jane Janet Janice Jared Jason Javier Jay Jayson Jaylen Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome
Jerry Jessica Jill Jim Jimmy Jin Joan Joanna Joe Joel Johan Johann Johannes John Johnny Jon Jonathan
Jordan Jorge Jose José Joseph Josh Joshua Juan Judith Judy Julia Julian Julie Julien Julio Jun Junichi
Justin Kai Kamala Karen Karim Karin Karl Kate Katherine Kathleen Kathryn Kathy Katie Kayla Kazuo
Kazuhiro Keiko Keith Kemal Ken Kenichi Kenji Kenneth Kenta Kevin Khalid Kim Kimberly Kirk
Koichi Koji Kristen Kumar Kurt Kyle Lars Laura Lauren Laurent Lawrence Leah Lee Leo Leon Leonardo Leslie
Liam Lina Linda Lindsay Lindsey Lisa Lloyd Logan Lorenzo Louis Louise Lucas Lucia Lucy Luis Luiz Luka
Lukas Luke Lynn Madison Magdalena Mahmoud Makoto Malcolm Mandy Manuel Marc Marco Marcus Margaret Maria
Mariana Marie Marina Mario Marion Mark Marta Martha Martin Mary Masahiro Masaki Masato Mateo Matt
Matteo Matthew Matthias Maurice Max Maxim Maya Megan Mehmet Melanie Melissa Michael Michel
Michelle Miguel Mika Mike Mikhail Miriam Mitch Mohamed Mohammad Mohammed Monica Morgan Muhammad Mustafa
Nadia Nancy Naomi Naoki Naoto Narendra Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas Nicole
Nikita Nikki Nikolai Nina Noah Nobuo Noor Norman Olaf Olena Oleg Olga Oliver Olivia Omar Oscar Owen
Pablo Pamela Paolo Patricia Patrick Paul Paula Pedro Penny Peter Petra Phil Philip Philippe Pierre Priya
Rachel Rafael Rahul Raj Ralph Ramon Randy Raquel Ravi Ray Raymond Rebecca Recep Renee Ricardo Richard
Rick Rishi Rita Rob Robert Roberto Robin Rodrigo Roger Roland Roman Ron Ronald Rosa Rose Ross Ruby Rudy
Russell Ruth Ryan Ryo Ryota Sabrina Sadiq Salman Salome Sam Samantha Samir Samuel Sandra Sanjay
Sara Sarah Satoshi Scott Sean Sebastian Seiji Sergei Sergey Sergio Seth Shane Shannon Sharon Shawn
Sheila Shigeru Shinzo Shinjiro Shoichi Shunichi Simon Sofia Sonia Sophia Sophie Stefan Stefano
Stephanie Stephen Steve Steven Stuart Sue Sunil Susan Suzanne Sven Sylvia Takashi Takeshi Taro Tatiana
Ted Teresa Terry Tetsuya Theresa Thierry Thomas Tim Timothy Tina Todd Tom Tomas Tomoko Tony Tracy Travis
Trevor Troy Tyler Ursula Valentina Valerie Vanessa Vera Veronica Victor Victoria Vijay Viktor Vincent
Virginia Vivek Vladimir Volodymyr Walter Wayne Wendy Werner William Willie Wolfgang Xavier Yann Yasmin
Yasuhiro Yoko Yoshihide Yoshimasa Yoshiko Youssef Yuki Yuko Yulia Yuri Yusuf Yuto Zachary Zoe
Lewis Harvey Archie Alfie Freddie Toby Reece Callum Kieran Jamal Malik Hunter Wesley Warren Clifford Herbert
Leonard Lionel Stanley Vernon Chloe Isla Lily Poppy Evie Freya Imogen Harriet Molly Ellie Gemma Rhys Siobhan
Niamh Aoife Ciaran Declan Eoin Seamus Fergus Angus Hamish Alastair Euan Iain Fraser Conor Dermot Abdel
Abdulaziz Ahmet Bashar Chidi Emeka Femi Kofi Kwesi Ngozi Thabo Themba Sipho Tendai Uhuru Cyril Abiy Ekrem
Nikos Kyriakos Giorgos Dimitris Mateusz Aleksandar Aleksander Aleksandr Yevgeny Petro Vitali Oleksandr
Oleksiy Friedrich Annalena Marine Mariano Santiago Andrés Mauricio Nicolás Evo Hakeem Alexandria Ilhan
Pete Gretchen Rand Mitt Newt Ivanka Melania Hillary Beau Marcia Sanae Minoru Tetsuo Hideki Haruka Kazuki
Daiki Shohei Ichiro Yuzuru Hideo Masayoshi Tadashi Hiroaki Yoshiaki Toshiaki Kunio Mitsuo Noriko Michiko
Masako Kiyoshi Priyanka Arvind Mamata Rajnath Nirmala Piyush Shashi Manmohan Indira Rajiv Anil Mukesh
Gautam Ratan Sundar Satya Ajay Deepak Sachin Virat Rohit
`.trim().split(/\s+/);

/** Family names written first (Chinese, Korean, Vietnamese): "Xi Jinping", later just "Xi". */
export const FAMILY_FIRST_NAMES: readonly string[] = `
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Xi Ma Han Tang Feng Deng
Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Zhong Kim
Park Choi Jung Kang Cho Yoon Jang Lim Shin Moon Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Ngo
`.trim().split(/\s+/);
